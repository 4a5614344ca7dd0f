package cn.cadre.appraisal.process.scoring;

import cn.cadre.appraisal.organisation.UnitCategory;
import cn.cadre.appraisal.scoring.AnnualScore;
import cn.cadre.appraisal.scoring.Paper;
import cn.cadre.appraisal.scoring.ScoringFormula;
import cn.cadre.appraisal.scoring.UnitRules;
import cn.cadre.appraisal.shared.TeamGrade;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import cn.cadre.appraisal.process.engine.SystemDecisions;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The unit rules are the process owners' DMN tables in processes/unit-grade.dmn (latest deployed
 * version), evaluated as system work: the inputs come from the offices' scores, not from the user
 * whose action needs them.
 */
@Component
class DmnUnitRules implements UnitRules {

  private final SystemDecisions decisions;

  DmnUnitRules(SystemDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public BigDecimal total(ScoringFormula formula, Map<Paper, BigDecimal> paperScores, Map<Paper, BigDecimal> paperWeights,
      BigDecimal partyBuildingBase, BigDecimal bonus, BigDecimal penalty) {
    VariableMap inputs = Variables.createVariables()
        .putValue("formula", formula.name())
        .putValue("developmentScore", orZero(paperScores.get(Paper.DEVELOPMENT)))
        .putValue("partyBuildingScore", orZero(paperScores.get(Paper.PARTY_BUILDING)))
        .putValue("satisfactionScore", orZero(paperScores.get(Paper.SATISFACTION)))
        .putValue("developmentWeight", orZero(paperWeights.get(Paper.DEVELOPMENT)))
        .putValue("partyBuildingWeight", orZero(paperWeights.get(Paper.PARTY_BUILDING)))
        .putValue("satisfactionWeight", orZero(paperWeights.get(Paper.SATISFACTION)))
        .putValue("partyBuildingBase", partyBuildingBase)
        .putValue("bonus", bonus)
        .putValue("penalty", penalty);
    Object total = decisions.evaluate("UnitScoreTotal", inputs).getEntry("total");
    if (!(total instanceof Number number)) {
      throw new IllegalStateException("UnitScoreTotal gave no number for " + inputs + ": " + total);
    }
    return new BigDecimal(number.toString());
  }

  @Override
  public GradeProposal grade(boolean veto, boolean lowered, BigDecimal total, double aheadShare) {
    DmnDecisionRuleResult band = decisions.evaluate("UnitGradeBand", Variables.createVariables()
        .putValue("veto", veto).putValue("total", total.doubleValue()).putValue("aheadShare", aheadShare));
    String bandGrade = band.getEntry("bandGrade");
    String reason = band.getEntry("gradeReason");
    String grade = decisions.evaluate("UnitGradeLowered", Variables.createVariables()
        .putValue("lowered", lowered).putValue("bandGrade", bandGrade)).getEntry("unitGrade");
    if (!grade.equals(bandGrade)) {
      reason = reason + "；存在降等事项，降低一个等次为" + TeamGrade.valueOf(grade).label();
    }
    return new GradeProposal(TeamGrade.valueOf(grade), reason);
  }

  @Override
  public TeamGrade maxTeamGrade(TeamGrade unitGrade) {
    return TeamGrade.valueOf(decisions.lookup("TeamGradeCap", Variables.createVariables()
        .putValue("unitGrade", unitGrade.name())).getEntry("maxTeamGrade"));
  }

  @Override
  public BigDecimal excellentShare(TeamGrade unitGrade) {
    Object share = decisions.lookup("ExcellentQuota", Variables.createVariables().putValue("unitGrade", unitGrade.name()))
        .getEntry("excellentShare");
    return new BigDecimal(share.toString());
  }

  @Override
  public AnnualScore.Weights annualWeights(UnitCategory category) {
    var weights = decisions.lookup("AnnualScoreWeights", Variables.createVariables()
        .putValue("unitCategory", category.name()));
    return new AnnualScore.Weights(decimal(weights.getEntry("routineWeight")),
        decimal(weights.getEntry("evaluationWeight")), decimal(weights.getEntry("indicatorWeight")));
  }

  @Override
  public BigDecimal evaluationScore(Integer excellent, Integer competent, Integer basic, Integer incompetent) {
    int total = n(excellent) + n(competent) + n(basic) + n(incompetent);
    VariableMap inputs = Variables.createVariables().putValue("hasVotes", total > 0);
    for (String[] share : new String[][] {{"excellentShare", String.valueOf(n(excellent))},
        {"competentShare", String.valueOf(n(competent))}, {"basicShare", String.valueOf(n(basic))},
        {"incompetentShare", String.valueOf(n(incompetent))}}) {
      inputs.putValue(share[0], total == 0 ? 0 : new BigDecimal(share[1]).divide(BigDecimal.valueOf(total), 10,
          java.math.RoundingMode.HALF_UP));
    }
    Object score = decisions.lookup("EvaluationScore", inputs).getEntry("evaluationScore");
    return score == null ? null : decimal(score).setScale(2, java.math.RoundingMode.HALF_UP);
  }

  private static int n(Integer votes) {
    return votes == null ? 0 : votes;
  }

  private static BigDecimal decimal(Object number) {
    return new BigDecimal(number.toString());
  }

  private static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }

}
