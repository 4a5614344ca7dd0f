package cn.cadre.appraisal.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** 考核轮次: one appraisal round (e.g. the 2026 annual appraisal) across a set of units. */
@Entity
@Table(name = "campaign")
public class Campaign {

  public static final String ANNUAL = "ANNUAL";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "appraisal_year", nullable = false)
  private int year;

  @Column(nullable = false, length = 20)
  private String kind;

  /** Cap on the share of 优秀 among the cadres appraised in the round. */
  @Column(name = "excellent_quota", nullable = false, precision = 4, scale = 3)
  private BigDecimal excellentQuota;

  @Column(name = "public_notice_days", nullable = false)
  private int publicNoticeDays;

  /** Working days each stage may take before it shows a red light. */
  @Column(name = "stage_due_days", nullable = false)
  private int stageDueDays;

  /** Working days after a stage's deadline at which a task still open is escalated (升级督办). */
  @Column(name = "escalation_days", nullable = false)
  private int escalationDays = 2;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private CampaignStatus status;

  /** 民主测评 by typed tallies (TALLIES) or by anonymous ballots (BALLOTS). */
  @Enumerated(EnumType.STRING)
  @Column(name = "evaluation_mode", nullable = false, length = 20)
  private EvaluationMode evaluationMode = EvaluationMode.TALLIES;

  @Column(name = "started_by", nullable = false, length = 64)
  private String startedBy;

  @Column(name = "started_at", nullable = false)
  private LocalDateTime startedAt;

  protected Campaign() {}

  /** The party-committee member who approved the grades (党委审定), for the final grades' audit. */
  @Column(name = "approved_by", length = 64)
  private String approvedBy;

  @Column(name = "approved_at")
  private LocalDateTime approvedAt;

  public Campaign(int year, String kind, BigDecimal excellentQuota, int publicNoticeDays, int stageDueDays,
      String startedBy, LocalDateTime startedAt) {
    this.year = year;
    this.kind = kind;
    this.excellentQuota = excellentQuota;
    this.publicNoticeDays = publicNoticeDays;
    this.stageDueDays = stageDueDays;
    this.startedBy = startedBy;
    this.startedAt = startedAt;
    this.status = CampaignStatus.UNIT_APPRAISALS;
  }

  /** Says what the round is, e.g. 2026-ANNUAL; process business keys start with it. */
  public String key() {
    return year + "-" + kind;
  }

  void evaluateBy(EvaluationMode mode) {
    this.evaluationMode = mode;
  }

  void escalateAfter(int workingDays) {
    this.escalationDays = workingDays;
  }

  void approvedBy(String userId, LocalDateTime at) {
    this.approvedBy = userId;
    this.approvedAt = at;
  }

  void moveTo(CampaignStatus next) {
    this.status = next;
  }

  public Long getId() { return id; }
  public EvaluationMode getEvaluationMode() { return evaluationMode; }
  public int getYear() { return year; }
  public String getKind() { return kind; }
  public BigDecimal getExcellentQuota() { return excellentQuota; }
  public int getPublicNoticeDays() { return publicNoticeDays; }
  public int getStageDueDays() { return stageDueDays; }
  public int getEscalationDays() { return escalationDays; }
  public CampaignStatus getStatus() { return status; }
  public String getStartedBy() { return startedBy; }
  public String getApprovedBy() { return approvedBy; }
  public LocalDateTime getApprovedAt() { return approvedAt; }
  public LocalDateTime getStartedAt() { return startedAt; }
}
