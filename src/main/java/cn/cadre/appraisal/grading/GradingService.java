package cn.cadre.appraisal.grading;

import cn.cadre.appraisal.shared.ConflictException;
import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.shared.Grade;
import cn.cadre.appraisal.shared.TeamGrade;

import cn.cadre.appraisal.evaluation.CadreEvidence;
import cn.cadre.appraisal.evaluation.EvaluationService;
import cn.cadre.appraisal.grading.GradeRules.CadreProposal;
import cn.cadre.appraisal.grading.GradeRules.TeamProposal;
import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.organisation.Unit;
import cn.cadre.appraisal.scoring.ScoringRoundService;
import cn.cadre.appraisal.scoring.UnitLinkage;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grades: the rules' decision, the appraisal team's proposal, the cap a team's grade puts on its
 * members. Every change of a grade is written to the audit with who, when, old and new value, why.
 */
@Service
public class GradingService {

  /** Actor recorded when the decision table, not a person, sets a value. */
  public static final String RULES_ACTOR = "grade-proposal.dmn";

  private final GradeRules rules;
  private final EvaluationService evaluation;
  private final OrganisationService organisation;
  private final GradeRecordRepository records;
  private final GradeAuditRepository audits;
  private final Clock clock;
  private final cn.cadre.appraisal.campaign.CampaignService campaigns;
  private final ScoringRoundService scoring;
  private final AnnualScoreService annualScores;
  private final cn.cadre.appraisal.campaign.RoundCadres roundCadres;

  public GradingService(GradeRules rules, EvaluationService evaluation, OrganisationService organisation,
      GradeRecordRepository records, GradeAuditRepository audits, Clock clock,
      cn.cadre.appraisal.campaign.CampaignService campaigns, ScoringRoundService scoring,
      @org.springframework.context.annotation.Lazy AnnualScoreService annualScores,
      cn.cadre.appraisal.campaign.RoundCadres roundCadres) {
    this.roundCadres = roundCadres;
    this.annualScores = annualScores;
    this.campaigns = campaigns;
    this.scoring = scoring;
    this.rules = rules;
    this.evaluation = evaluation;
    this.organisation = organisation;
    this.records = records;
    this.audits = audits;
    this.clock = clock;
  }

  /**
   * Runs the grading rules on what the stages found and records the decision for the cadre, who is
   * appraised in the round with {@code unitCode} (the unit's appraisal asks; null: the unit the round
   * opened with them in): the record keeps that unit, so a later roster that moves them elsewhere does
   * not change whose team caps their grade.
   */
  @Transactional
  public CadreDecision proposeCadre(Long campaignId, String unitCode, String cadreUserId) {
    Cadre cadre = organisation.cadreByUserId(cadreUserId);
    GradeRecord record = cadreRecord(campaignId,
        unitCode == null ? roundCadres.unitOf(campaignId, cadre) : organisation.unit(unitCode), cadre);
    Unit unit = record.getUnit();
    CadreEvidence evidence = evaluation.evidenceFor(campaignId, cadreUserId);
    // a poor county scored 好: its principal is proposed 优秀 in principle (grade-proposal.dmn)
    UnitLinkage linkage = linkage(campaignId, unit.getCode());
    boolean poorCountyGood = linkage != null && cadre.getRole() == cn.cadre.appraisal.organisation.CadreRole.PRINCIPAL
        && unit.getCategory() == cn.cadre.appraisal.organisation.UnitCategory.POOR_COUNTY
        && linkage.result().grade() == TeamGrade.GOOD;
    CadreProposal proposal = rules.proposeCadre(evidence, poorCountyGood, rulesAsOf(campaignId));
    Grade grade = proposal.grade();
    String reason = proposal.reason();
    // the team's grade caps its members' (CadreGradeCap): the proposal is the capped one, so the form
    // is pre-filled with a grade the server accepts and no reason is asked for following it
    TeamGrade teamGrade = analysedTeamGrade(campaignId, unit);
    if (teamGrade != null) {
      Grade cap = rules.maxCadreGrade(teamGrade, rulesAsOf(campaignId));
      if (grade.isAbove(cap)) {
        reason = reason + "；班子等次为“" + teamGrade.label() + "”，其成员最高只能评为“" + cap.label() + "”，故建议“"
            + cap.label() + "”";
        grade = cap;
      }
    }
    change(record, "decisionGrade", record.getDecisionGrade(), grade.name(), reason, RULES_ACTOR);
    record.decide(grade.name(), reason, proposal.needsIndividualReview());
    return new CadreDecision(grade, reason, proposal.needsIndividualReview(),
        proposal.reviewReason(), evidence.earlySignProblems(), evidence.weaknessTopic());
  }

  /** A round is graded by the rules as they stood when it opened. */
  private java.time.LocalDateTime rulesAsOf(Long campaignId) {
    return campaigns.campaign(campaignId).getStartedAt();
  }

  @Transactional
  public TeamProposal proposeTeam(Long campaignId, String unitCode) {
    Unit unit = organisation.unit(unitCode);
    TeamProposal proposal = rules.proposeTeam(evaluation.teamEvidenceFor(campaignId, unitCode), rulesAsOf(campaignId));
    // the team's grade follows the unit's scored result (TeamGradeCap): the proposal is the capped one
    UnitLinkage linkage = linkage(campaignId, unitCode);
    if (linkage != null && proposal.grade().isAbove(linkage.maxTeamGrade())) {
      proposal = new TeamProposal(linkage.maxTeamGrade(), proposal.reason() + "；" + linkage.describe()
          + "，领导班子最高只能评为“" + linkage.maxTeamGrade().label() + "”，故建议“" + linkage.maxTeamGrade().label() + "”");
    }
    GradeRecord record = teamRecord(campaignId, unit);
    change(record, "decisionGrade", record.getDecisionGrade(), proposal.grade().name(), proposal.reason(), RULES_ACTOR);
    record.decide(proposal.grade().name(), proposal.reason(), false);
    return proposal;
  }

  /** The appraisal team's team grade; a proposal that differs from the rules needs a reason. */
  @Transactional
  public void analyseTeam(Long campaignId, String unitCode, String proposedGrade, String reason, String problems,
      String suggestions, String actor) {
    TeamGrade grade = TeamGrade.parse(proposedGrade);
    UnitLinkage linkage = linkage(campaignId, unitCode);
    if (linkage != null && grade.isAbove(linkage.maxTeamGrade())) {
      throw new InvalidInputException(linkage.describe() + "，领导班子最高只能评为“" + linkage.maxTeamGrade().label()
          + "”，不能评为“" + grade.label() + "”");
    }
    GradeRecord record = teamRecord(campaignId, organisation.unit(unitCode));
    requireReasonIfDiffers(record, grade.name(), reason);
    change(record, "proposedGrade", record.getProposedGrade(), grade.name(), reason, actor);
    record.propose(grade.name(), blankToNull(reason), blankToNull(problems), blankToNull(suggestions));
  }

  /**
   * The appraisal team's proposal for a cadre: a grade in the allowed set, a reason whenever it
   * differs from the rules' decision, and never above what the team's grade allows.
   */
  @Transactional
  public void analyseCadre(Long campaignId, String cadreUserId, CadreAnalysis analysis, String actor) {
    Grade grade = Grade.parse(analysis.proposedGrade());
    Cadre cadre = organisation.cadreByUserId(cadreUserId);
    GradeRecord record = cadreRecord(campaignId, roundCadres.unitOf(campaignId, cadre), cadre);
    requireReasonIfDiffers(record, grade.name(), analysis.reason());
    checkCap(campaignId, record.getUnit(), grade);
    change(record, "proposedGrade", record.getProposedGrade(), grade.name(), analysis.reason(), actor);
    record.propose(grade.name(), blankToNull(analysis.reason()), blankToNull(analysis.problems()),
        blankToNull(analysis.suggestions()));
    record.flag(analysis.potentialForPromotion(), analysis.earlySignProblems(), blankToNull(analysis.weaknessTopic()));
    record.analysed(grade.name());
  }

  /** A change of a cadre's proposed grade after analysis (calibration, an upheld objection). */
  @Transactional
  public void adjust(Long campaignId, String cadreUserId, String newGrade, String reason, String actor) {
    Grade grade = Grade.parse(newGrade);
    Cadre cadre = organisation.cadreByUserId(cadreUserId);
    GradeRecord record = records.findByCampaignIdAndCadre(campaignId, cadre)
        .orElseThrow(() -> new InvalidInputException("干部不在本轮考核中: " + cadre.getCode()));
    checkCap(campaignId, record.getUnit(), grade);
    change(record, "proposedGrade", record.getProposedGrade(), grade.name(), reason, actor);
    record.propose(grade.name(), reason, record.getProblems(), record.getSuggestions());
  }

  /** 公示期满: the approved proposals become final, audited in the name of the committee member who approved them. */
  @Transactional
  public void finaliseApproved(Long campaignId) {
    String approver = campaigns.campaign(campaignId).getApprovedBy();
    finalise(campaignId, approver == null ? "system" : approver);
  }

  /** 公示期满: the approved proposals become the final grades. */
  @Transactional
  public void finalise(Long campaignId, String actor) {
    for (GradeRecord record : records.findByCampaignIdOrderById(campaignId)) {
      if (record.getProposedGrade() == null) {
        throw new ConflictException("尚有未提出等次建议的考核对象，不能确定等次: " + record.getId());
      }
      change(record, "finalGrade", record.getFinalGrade(), record.getProposedGrade(), "审定通过，公示期满", actor);
      record.finalise(record.getProposedGrade());
    }
  }

  @Transactional(readOnly = true)
  public java.util.List<GradeResult> results(Long campaignId) {
    List<GradeRecord> all = records.findByCampaignIdOrderById(campaignId);
    java.util.Map<Long, cn.cadre.appraisal.scoring.AnnualScore> annual = annualScores.ofRound(campaignId,
        all.stream().map(GradeRecord::getCadre).filter(Objects::nonNull).toList());
    return all.stream()
        .map(r -> GradeResult.of(r, r.getCadre() == null ? null : evaluation.evidenceFor(campaignId, r.getCadre().getUserId()),
            r.getCadre() == null ? null : annual.get(r.getCadre().getId())))
        .toList();
  }

  @Transactional(readOnly = true)
  public java.util.List<GradeRecord> records(Long campaignId) {
    return records.findByCampaignIdOrderById(campaignId);
  }

  /** One unit's records of the round: its cadres' and its team's. */
  @Transactional(readOnly = true)
  public java.util.List<GradeRecord> records(Long campaignId, String unitCode) {
    return records.findByCampaignIdAndUnitCodeOrderById(campaignId, unitCode);
  }

  @Transactional(readOnly = true)
  public GradeRecord record(long gradeRecordId) {
    return records.findById(gradeRecordId)
        .orElseThrow(() -> new cn.cadre.appraisal.shared.NotFoundException("等次记录不存在: " + gradeRecordId));
  }

  /** Whether the cadre's grade in the round is final (it may then be shown to them). */
  @Transactional(readOnly = true)
  public boolean isFinal(Long campaignId, String cadreCode) {
    return records.findByCampaignIdAndCadre(campaignId, organisation.cadreByCode(cadreCode))
        .map(r -> r.getFinalGrade() != null).orElse(false);
  }

  public int yearOf(Long campaignId) {
    return campaigns.campaign(campaignId).getYear();
  }

  /**
   * A cadre's final grades by year, newest first. A cadre reads only their own; the organisation
   * department and the party committee read anyone's.
   */
  @Transactional(readOnly = true)
  public java.util.List<GradeHistory> history(String cadreCode, String viewerUserId, boolean overseer) {
    Cadre cadre = organisation.cadreByCode(cadreCode);
    if (!overseer && !cadre.getUserId().equals(viewerUserId)) {
      throw new org.springframework.security.access.AccessDeniedException("只能查看本人的考核结果");
    }
    return records.findByCadreAndFinalGradeIsNotNull(cadre).stream()
        .map(r -> {
          var campaign = campaigns.campaign(r.getCampaignId());
          return new GradeHistory(campaign.getYear(), campaign.getKind(), campaign.getId(), r.getUnit().getName(),
              r.getFinalGrade(), Grade.valueOf(r.getFinalGrade()).label());
        })
        .sorted(java.util.Comparator.comparingInt(GradeHistory::year).reversed())
        .toList();
  }

  /** A unit's team's final grades of the annual rounds, oldest first (a term's years read them). */
  @Transactional(readOnly = true)
  public java.util.List<GradeHistory> teamHistory(cn.cadre.appraisal.organisation.Unit unit) {
    return records.findByUnitAndCadreIsNullAndFinalGradeIsNotNull(unit).stream()
        .map(r -> {
          var campaign = campaigns.campaign(r.getCampaignId());
          return new GradeHistory(campaign.getYear(), campaign.getKind(), campaign.getId(), r.getUnit().getName(),
              r.getFinalGrade(), cn.cadre.appraisal.shared.TeamGrade.valueOf(r.getFinalGrade()).label());
        })
        .filter(h -> cn.cadre.appraisal.campaign.Campaign.ANNUAL.equals(h.kind()))
        .sorted(java.util.Comparator.comparingInt(GradeHistory::year))
        .toList();
  }

  /** Every recorded change of one cadre's grade in a round, oldest first. */
  @Transactional(readOnly = true)
  public java.util.List<GradeAudit> auditTrail(Long campaignId, String cadreCode) {
    return records.findByCampaignIdAndCadre(campaignId, organisation.cadreByCode(cadreCode))
        .map(audits::findByRecordOrderById).orElse(java.util.List.of());
  }

  /** The unit's scored result of the round's year, for an annual round (null: none, no linkage). */
  @Transactional(readOnly = true)
  public UnitLinkage linkage(Long campaignId, String unitCode) {
    var campaign = campaigns.campaign(campaignId);
    if (!cn.cadre.appraisal.campaign.Campaign.ANNUAL.equals(campaign.getKind())) {
      return null;
    }
    return scoring.linkage(campaign.getYear(), unitCode).orElse(null);
  }

  /** Every unit's scored result of the round's year, by unit code (empty: none, one quota for the round). */
  @Transactional(readOnly = true)
  public java.util.Map<String, UnitLinkage> linkages(Long campaignId) {
    var campaign = campaigns.campaign(campaignId);
    return cn.cadre.appraisal.campaign.Campaign.ANNUAL.equals(campaign.getKind()) ? scoring.linkages(campaign.getYear())
        : java.util.Map.of();
  }

  private TeamGrade analysedTeamGrade(Long campaignId, Unit unit) {
    return records.findByCampaignIdAndUnitAndCadreIsNull(campaignId, unit)
        .map(GradeRecord::getProposedGrade).map(TeamGrade::valueOf).orElse(null);
  }

  /** The cap of the team of the unit the cadre is appraised in this round (their record's). */
  private void checkCap(Long campaignId, Unit unit, Grade grade) {
    GradeRecord team = records.findByCampaignIdAndUnitAndCadreIsNull(campaignId, unit)
        .filter(t -> t.getProposedGrade() != null)
        .orElseThrow(() -> new ConflictException("班子等次尚未研判，不能提出干部等次: " + unit.getCode()));
    TeamGrade teamGrade = TeamGrade.valueOf(team.getProposedGrade());
    Grade cap = rules.maxCadreGrade(teamGrade, rulesAsOf(campaignId));
    if (grade.isAbove(cap)) {
      throw new InvalidInputException("班子等次为“" + teamGrade.label() + "”，其成员最高只能评为“"
          + cap.label() + "”，不能评为“" + grade.label() + "”");
    }
  }

  private void requireReasonIfDiffers(GradeRecord record, String proposed, String reason) {
    if (!proposed.equals(record.getDecisionGrade()) && (reason == null || reason.isBlank())) {
      throw new InvalidInputException("建议等次与决策表初步建议（" + label(record.getDecisionGrade()) + "）不同，必须说明理由");
    }
  }

  private void change(GradeRecord record, String field, String oldValue, String newValue, String reason, String actor) {
    if (!Objects.equals(oldValue, newValue)) {
      audits.save(new GradeAudit(record, field, oldValue, newValue, reason, actor, LocalDateTime.now(clock)));
    }
  }

  /** The cadre's record of the round; a new one is kept under the unit the round appraises them in. */
  private GradeRecord cadreRecord(Long campaignId, Unit unit, Cadre cadre) {
    return records.findByCampaignIdAndCadre(campaignId, cadre)
        .orElseGet(() -> records.save(new GradeRecord(campaignId, unit, cadre)));
  }

  private GradeRecord teamRecord(Long campaignId, Unit unit) {
    return records.findByCampaignIdAndUnitAndCadreIsNull(campaignId, unit)
        .orElseGet(() -> records.save(new GradeRecord(campaignId, unit, null)));
  }

  /** A grade code as users read it: 优秀 for EXCELLENT, 好 for GOOD. */
  static String label(String code) {
    if (code == null) {
      return "—";
    }
    for (Grade grade : Grade.values()) {
      if (grade.name().equals(code)) {
        return grade.label();
      }
    }
    for (TeamGrade grade : TeamGrade.values()) {
      if (grade.name().equals(code)) {
        return grade.label();
      }
    }
    return code;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  /** The rules' decision for a cadre, with what the analysis form shows beside it. */
  public record CadreDecision(Grade grade, String reason, boolean needsIndividualReview, String reviewReason,
                              boolean earlySignProblems, String weaknessTopic) {}
}
