package cn.cadre.appraisal.term;

import org.hibernate.annotations.Immutable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** The term grade proposed by the rules and decided (or changed) by the committee, with who and when. */
@Entity
@Immutable
@Table(name = "term_audit")
public class TermAudit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "term_id", nullable = false)
  private Long termId;

  @Column(nullable = false, length = 2000)
  private String detail;

  @Column(nullable = false, length = 64)
  private String actor;

  @Column(name = "at_time", nullable = false)
  private LocalDateTime at;

  protected TermAudit() {}

  TermAudit(Long termId, String detail, String actor, LocalDateTime at) {
    this.termId = termId;
    this.detail = detail.length() > 2000 ? detail.substring(0, 1999) + "…" : detail;
    this.actor = actor;
    this.at = at;
  }

  public String getDetail() { return detail; }
  public String getActor() { return actor; }
  public LocalDateTime getAt() { return at; }
}
