package cn.cadre.appraisal.evaluation;

import cn.cadre.appraisal.organisation.Cadre;
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

/** 个别谈话记录: what the appraisal team learnt about a cadre in individual interviews. */
@Entity
@Table(name = "interview_record")
public class InterviewRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private Long campaignId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cadre_id", nullable = false)
  private Cadre cadre;

  @Column(nullable = false, columnDefinition = "longtext")
  private String findings;

  @Column(name = "early_sign_problems", nullable = false)
  private boolean earlySignProblems;

  @Column(name = "weakness_topic", length = 200)
  private String weaknessTopic;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private LocalDateTime recordedAt;

  protected InterviewRecord() {}

  InterviewRecord(Long campaignId, Cadre cadre, String findings, boolean earlySignProblems, String weaknessTopic,
      String recordedBy, LocalDateTime recordedAt) {
    this.campaignId = campaignId;
    this.cadre = cadre;
    this.findings = findings;
    this.earlySignProblems = earlySignProblems;
    this.weaknessTopic = weaknessTopic;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  Cadre getCadre() { return cadre; }
  public String getFindings() { return findings; }
  public boolean isEarlySignProblems() { return earlySignProblems; }
  public String getWeaknessTopic() { return weaknessTopic; }
  public String getRecordedBy() { return recordedBy; }
  public LocalDateTime getRecordedAt() { return recordedAt; }
}
