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

  record GradeProposal(TeamGrade grade, String reason) {}
}
