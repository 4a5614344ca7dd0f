package cn.cadre.appraisal.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * A unit's papers from what the offices entered: a scored indicator earns its points on its own scale
 * (entered, or full × min(actual ÷ target, 1)) and adds points ÷ full × weight (half when halved) to its
 * paper; bonus and penalty items add up; a veto or grade-lowering item answered 1 counts. The total
 * is the rules' (processes/unit-grade.dmn).
 */
final class UnitScoreCalculator {

  private UnitScoreCalculator() {}

  record Result(Map<Paper, BigDecimal> paperScores, BigDecimal bonus, BigDecimal penalty, boolean veto,
                boolean lowered, BigDecimal total) {}

  /** @param values what was entered, by indicator id (every indicator of the unit has one) */
  static Result score(IndicatorScheme scheme, String unitCode, Map<Long, BigDecimal> values, UnitRules rules) {
    Map<Paper, BigDecimal> papers = new EnumMap<>(Paper.class);
    BigDecimal bonus = BigDecimal.ZERO;
    BigDecimal penalty = BigDecimal.ZERO;
    boolean veto = false;
    boolean lowered = false;
    for (Indicator i : scheme.indicatorsOf(unitCode)) {
      BigDecimal value = values.get(i.getId());
      if (value == null) {
        throw new IllegalStateException("no score for " + i.getCode() + " of " + unitCode);
      }
      switch (i.getKind()) {
        case SCORED -> papers.merge(i.getPaper(), points(i, value).multiply(i.effectiveWeight())
            .divide(i.getFullPoints(), 6, RoundingMode.HALF_UP), BigDecimal::add);
        case BONUS -> bonus = bonus.add(value);
        case PENALTY -> penalty = penalty.add(value);
        case VETO -> veto |= value.signum() > 0;
        case LOWER_GRADE -> lowered |= value.signum() > 0;
      }
    }
    Map<Paper, BigDecimal> rounded = new EnumMap<>(Paper.class);
    papers.forEach((paper, score) -> rounded.put(paper, score.setScale(2, RoundingMode.HALF_UP)));
    BigDecimal total = rules.total(scheme.getFormula(), rounded, SchemeRules.effectivePaperWeights(scheme),
        scheme.getPartyBuildingBase(), bonus, penalty).setScale(2, RoundingMode.HALF_UP);
    return new Result(rounded, bonus.setScale(2, RoundingMode.HALF_UP), penalty.setScale(2, RoundingMode.HALF_UP), veto,
        lowered, total);
  }

  /** A scored indicator's points on its own scale (0 to full points). */
  static BigDecimal points(Indicator i, BigDecimal value) {
    if (i.getMethod() == ScoringMethod.TARGET) {
      BigDecimal reached = value.divide(i.getTarget(), 6, RoundingMode.HALF_UP).min(BigDecimal.ONE);
      return reached.multiply(i.getFullPoints()).setScale(4, RoundingMode.HALF_UP);
    }
    return value;
  }
}
