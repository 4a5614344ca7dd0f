package cn.cadre.appraisal.special;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What one stage of a special appraisal found (source: the stage), or one opinion asked for (source:
 * the office's code, or the principal's user id), with whether it raises concerns.
 */
@Entity
@Table(name = "special_record")
public class SpecialRecord {

  public enum Kind { STAGE, OFFICE_OPINION, PRINCIPAL_OPINION }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "appraisal_id", nullable = false)
  private Long appraisalId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Kind kind;

  @Column(nullable = false, length = 64)
  private String source;

  @Column(name = "held_on")
  private LocalDate heldOn;

  private Integer participants;

  @Column(nullable = false)
  private boolean concerns;

  @Column(nullable = false, columnDefinition = "longtext")
  private String summary;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private LocalDateTime recordedAt;

  protected SpecialRecord() {}

  SpecialRecord(Long appraisalId, Kind kind, String source, LocalDate heldOn, Integer participants, boolean concerns,
      String summary, String recordedBy, LocalDateTime recordedAt) {
    this.appraisalId = appraisalId;
    this.kind = kind;
    this.source = source;
    this.heldOn = heldOn;
    this.participants = participants;
    this.concerns = concerns;
    this.summary = summary;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() { return id; }
  public Long getAppraisalId() { return appraisalId; }
  public Kind getKind() { return kind; }
  public String getSource() { return source; }
  public LocalDate getHeldOn() { return heldOn; }
  public Integer getParticipants() { return participants; }
  public boolean isConcerns() { return concerns; }
  public String getSummary() { return summary; }
  public String getRecordedBy() { return recordedBy; }
  public LocalDateTime getRecordedAt() { return recordedAt; }
}
