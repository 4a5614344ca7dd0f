package cn.cadre.appraisal.process.unitappraisal;

import cn.cadre.appraisal.evaluation.CadreEvidence;
import cn.cadre.appraisal.evaluation.TeamEvidence;
import cn.cadre.appraisal.shared.Grade;
import cn.cadre.appraisal.grading.GradeRules;
import cn.cadre.appraisal.shared.TeamGrade;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import cn.cadre.appraisal.process.engine.SystemDecisions;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The grading rules are the process owners' DMN tables in processes/grade-proposal.dmn, evaluated
 * by Camunda in the version deployed when the round opened. Evaluation is system work, so it runs
 * without the current user's authorizations even when a user's task completion triggers it.
 */
@Component
class DmnGradeRules implements GradeRules {

  private final SystemDecisions decisions;

  private final cn.cadre.appraisal.process.OrganisationTime time;

  DmnGradeRules(SystemDecisions decisions, cn.cadre.appraisal.process.OrganisationTime time) {
    this.time = time;
    this.decisions = decisions;
  }

  @Override
  public CadreProposal proposeCadre(CadreEvidence e, boolean poorCountyPrincipalGood, LocalDateTime rulesAsOf) {
    VariableMap inputs = Variables.createVariables()
        .putValue("poorCountyPrincipalGood", poorCountyPrincipalGood)
        .putValue("underInvestigation", e.underInvestigation())
        .putValue("vetoItem", e.vetoItem())
        .putValue("politicalScore", e.politicalScore())
        .putValue("excellentShare", e.excellentShare())
        .putValue("basicShare", e.basicShare())
        .putValue("incompetentShare", e.incompetentShare())
        .putValue("gradeAffectingItems", e.gradeAffectingItems());
    DmnDecisionRuleResult grade = decisions.evaluate("GradeProposal", inputs, instant(rulesAsOf));
    DmnDecisionRuleResult review = decisions.evaluate("PoliticalReview", inputs, instant(rulesAsOf));
    return new CadreProposal(Grade.parse(grade.getEntry("proposedGrade")), grade.getEntry("proposalReason"),
        Boolean.TRUE.equals(review.getEntry("needsIndividualReview")), review.getEntry("reviewReason"));
  }

  @Override
  public TeamProposal proposeTeam(TeamEvidence e, LocalDateTime rulesAsOf) {
    DmnDecisionRuleResult result = decisions.evaluate("TeamGradeProposal", Variables.createVariables()
        .putValue("goodShare", e.goodShare())
        .putValue("fairlyGoodShare", e.fairlyGoodShare())
        .putValue("averageShare", e.averageShare())
        .putValue("poorShare", e.poorShare())
        .putValue("vetoItem", false), instant(rulesAsOf));
    return new TeamProposal(TeamGrade.parse(result.getEntry("proposedTeamGrade")), result.getEntry("proposalReason"));
  }

  @Override
  public Grade maxCadreGrade(TeamGrade teamGrade, LocalDateTime rulesAsOf) {
    return Grade.parse(decisions.evaluate("CadreGradeCap", Variables.createVariables().putValue("teamGrade", teamGrade.name()),
        instant(rulesAsOf)).getEntry("maxCadreGrade"));
  }

  /** Times in the domain are the organisation's wall-clock times. */
  private Instant instant(LocalDateTime at) {
    return time.date(at).toInstant();
  }

}
