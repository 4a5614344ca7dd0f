package cn.cadre.appraisal.scoring;

import cn.cadre.appraisal.shared.TeamGrade;
import java.math.BigDecimal;
import java.util.Map;

/** Port to the process owners' rules for units (processes/unit-grade.dmn): how a total is formed, which grade it earns. */
public interface UnitRules {

  /** The unit's total from its papers' scores (0–100 each), the papers' weights, bonus and penalty. */
  BigDecimal total(ScoringFormula formula, Map<Paper, BigDecimal> paperScores, Map<Paper, BigDecimal> paperWeights,
      BigDecimal partyBuildingBase, BigDecimal bonus, BigDecimal penalty);

  /** The grade a unit earns from veto, total and the share of its category ranked above it, then lowered if it must be. */
  GradeProposal grade(boolean veto, boolean lowered, BigDecimal total, double aheadShare);

  /** The highest grade the team of a unit with this grade may get (the team's grade follows the unit's). */
  TeamGrade maxTeamGrade(TeamGrade unitGrade);

  /** The share of a unit's cadres who may be 优秀, by the unit's grade. */
  BigDecimal excellentShare(TeamGrade unitGrade);

  /** The weights of routine, evaluation and indicator parts of a cadre's annual score, by unit category. */
  AnnualScore.Weights annualWeights(cn.cadre.appraisal.organisation.UnitCategory category);

  /** The democratic evaluation's votes as a score out of 100 (null: no votes). */
  BigDecimal evaluationScore(Integer excellent, Integer competent, Integer basic, Integer incompetent);

  record GradeProposal(TeamGrade grade, String reason) {}
}
