package cn.cadre.appraisal.grading;

import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * The grade of one cadre (or, without a cadre, of the unit's team) in one round: the rules'
 * decision, the appraisal team's proposal and the final grade. Changed only through
 * GradingService, which writes a GradeAudit row for every change.
 */
@Entity
@Table(name = "grade_record")
public class GradeRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private Long campaignId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private Unit unit;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "cadre_id")
  private Cadre cadre;

  @Column(name = "decision_grade", length = 30)
  private String decisionGrade;

  @Column(name = "decision_reason", length = 500)
  private String decisionReason;

  @Column(name = "needs_review", nullable = false)
  private boolean needsReview;

  @Column(name = "proposed_grade", length = 30)
  private String proposedGrade;

  @Column(name = "proposal_reason", columnDefinition = "longtext")
  private String proposalReason;

  @Column(name = "final_grade", length = 30)
  private String finalGrade;

  @Column(columnDefinition = "longtext")
  private String problems;

  @Column(columnDefinition = "longtext")
  private String suggestions;

  @Column(name = "potential_for_promotion", nullable = false)
  private boolean potentialForPromotion;

  @Column(name = "early_sign_problems", nullable = false)
  private boolean earlySignProblems;

  @Column(name = "weakness_topic", length = 200)
  private String weaknessTopic;

  /** The appraisal team's proposal as analysed, before calibration changed it. */
  @Column(name = "analysis_grade", length = 30)
  private String analysisGrade;

  @Column(name = "calibration_reason", length = 500)
  private String calibrationReason;

  /** Ticked by the party committee: to be sent back for re-analysis. */
  @Column(name = "send_back", nullable = false)
  private boolean sendBack;

  protected GradeRecord() {}

  GradeRecord(Long campaignId, Unit unit, Cadre cadre) {
    this.campaignId = campaignId;
    this.unit = unit;
    this.cadre = cadre;
  }

  void decide(String grade, String reason, boolean needsReview) {
    this.decisionGrade = grade;
    this.decisionReason = reason;
    this.needsReview = needsReview;
  }

  void propose(String grade, String reason, String problems, String suggestions) {
    this.proposedGrade = grade;
    this.proposalReason = reason;
    this.problems = problems;
    this.suggestions = suggestions;
  }

  void analysed(String grade) {
    this.analysisGrade = grade;
    this.calibrationReason = null;
  }

  void calibrated(String reason) {
    this.calibrationReason = reason;
  }

  void markSendBack(boolean sendBack) {
    this.sendBack = sendBack;
  }

  void flag(boolean potentialForPromotion, boolean earlySignProblems, String weaknessTopic) {
    this.potentialForPromotion = potentialForPromotion;
    this.earlySignProblems = earlySignProblems;
    this.weaknessTopic = weaknessTopic;
  }

  void finalise(String grade) {
    this.finalGrade = grade;
  }

  public Long getId() { return id; }
  public Long getCampaignId() { return campaignId; }
  public Unit getUnit() { return unit; }
  public Cadre getCadre() { return cadre; }
  public String getDecisionGrade() { return decisionGrade; }
  public String getDecisionReason() { return decisionReason; }
  public boolean isNeedsReview() { return needsReview; }
  public String getProposedGrade() { return proposedGrade; }
  public String getProposalReason() { return proposalReason; }
  public String getFinalGrade() { return finalGrade; }
  public String getProblems() { return problems; }
  public String getSuggestions() { return suggestions; }
  public boolean isPotentialForPromotion() { return potentialForPromotion; }
  public boolean isEarlySignProblems() { return earlySignProblems; }
  public String getWeaknessTopic() { return weaknessTopic; }
  public String getAnalysisGrade() { return analysisGrade; }
  public String getCalibrationReason() { return calibrationReason; }
  public boolean isSendBack() { return sendBack; }
}
