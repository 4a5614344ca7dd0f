package cn.cadre.appraisal.grading;

import org.hibernate.annotations.Immutable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One change of a grade: who, when, old value, new value and why. Written once, never updated. */
@Entity
@Immutable
@Table(name = "grade_audit")
public class GradeAudit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "grade_record_id", nullable = false, updatable = false)
  private GradeRecord record;

  @Column(nullable = false, length = 40, updatable = false)
  private String field;

  @Column(name = "old_value", length = 500, updatable = false)
  private String oldValue;

  @Column(name = "new_value", length = 500, updatable = false)
  private String newValue;

  @Column(columnDefinition = "longtext", updatable = false)
  private String reason;

  @Column(nullable = false, length = 64, updatable = false)
  private String actor;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private LocalDateTime changedAt;

  protected GradeAudit() {}

  GradeAudit(GradeRecord record, String field, String oldValue, String newValue, String reason, String actor,
      LocalDateTime changedAt) {
    this.record = record;
    this.field = field;
    this.oldValue = oldValue;
    this.newValue = newValue;
    this.reason = reason;
    this.actor = actor;
    this.changedAt = changedAt;
  }

  public String getField() { return field; }
  public String getOldValue() { return oldValue; }
  public String getNewValue() { return newValue; }
  public String getReason() { return reason; }
  public String getActor() { return actor; }
  public LocalDateTime getChangedAt() { return changedAt; }
}
