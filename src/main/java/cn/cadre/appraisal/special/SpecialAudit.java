package cn.cadre.appraisal.special;

import org.hibernate.annotations.Immutable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A conclusion given or changed (subject: the cadre's or unit's code), with who did it and when. */
@Entity
@Immutable
@Table(name = "special_audit")
public class SpecialAudit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "appraisal_id", nullable = false)
  private Long appraisalId;

  @Column(nullable = false, length = 100)
  private String subject;

  @Column(nullable = false, length = 2000)
  private String detail;

  @Column(nullable = false, length = 64)
  private String actor;

  @Column(name = "at_time", nullable = false)
  private LocalDateTime at;

  protected SpecialAudit() {}

  SpecialAudit(Long appraisalId, String subject, String detail, String actor, LocalDateTime at) {
    this.appraisalId = appraisalId;
    this.subject = subject;
    this.detail = detail.length() > 2000 ? detail.substring(0, 1999) + "…" : detail;
    this.actor = actor;
    this.at = at;
  }

  public Long getId() { return id; }
  public String getSubject() { return subject; }
  public String getDetail() { return detail; }
  public String getActor() { return actor; }
  public LocalDateTime getAt() { return at; }
}
