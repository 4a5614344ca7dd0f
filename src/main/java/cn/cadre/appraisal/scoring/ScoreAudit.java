package cn.cadre.appraisal.scoring;

import org.hibernate.annotations.Immutable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * Every change of something that decides a unit's result: an indicator score (subject = the indicator's
 * code) or the unit's grade (subject = GRADE), with who, when, the old and new value and why.
 */
@Entity
@Immutable
@Table(name = "score_audit")
public class ScoreAudit {

  public static final String GRADE = "GRADE";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "round_id", nullable = false)
  private Long roundId;

  @Column(name = "unit_code", nullable = false, length = 64)
  private String unitCode;

  @Column(nullable = false, length = 20)
  private String subject;

  @Column(name = "old_value", length = 32)
  private String oldValue;

  @Column(name = "new_value", length = 32)
  private String newValue;

  @Column(length = 500)
  private String reason;

  @Column(nullable = false, length = 64)
  private String actor;

  @Column(name = "changed_at", nullable = false)
  private LocalDateTime at;

  protected ScoreAudit() {}

  ScoreAudit(Long roundId, String unitCode, String subject, String oldValue, String newValue, String reason,
      String actor, LocalDateTime at) {
    this.roundId = roundId;
    this.unitCode = unitCode;
    this.subject = subject;
    this.oldValue = oldValue;
    this.newValue = newValue;
    this.reason = reason;
    this.actor = actor;
    this.at = at;
  }

  public Long getId() { return id; }
  public Long getRoundId() { return roundId; }
  public String getUnitCode() { return unitCode; }
  public String getSubject() { return subject; }
  public String getOldValue() { return oldValue; }
  public String getNewValue() { return newValue; }
  public String getReason() { return reason; }
  public String getActor() { return actor; }
  public LocalDateTime getAt() { return at; }
}
