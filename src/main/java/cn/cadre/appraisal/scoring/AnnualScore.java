package cn.cadre.appraisal.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A cadre's annual score and how it was formed: routine appraisal, democratic evaluation and the
 * unit's indicator result, each with its weight for the unit's category (unit-grade.dmn,
 * AnnualScoreWeights). A part the year does not have is left out and the others count in proportion.
 */
public record AnnualScore(BigDecimal routine, BigDecimal evaluation, BigDecimal indicator, BigDecimal routineWeight,
                          BigDecimal evaluationWeight, BigDecimal indicatorWeight, BigDecimal total) {

  /** The score from its parts (null: the year has none) and the category's weights; null when no part is there. */
  public static AnnualScore of(BigDecimal routine, BigDecimal evaluation, BigDecimal indicator, Weights weights) {
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal weighed = BigDecimal.ZERO;
    BigDecimal[][] parts = {{routine, weights.routine()}, {evaluation, weights.evaluation()}, {indicator, weights.indicator()}};
    for (BigDecimal[] part : parts) {
      if (part[0] != null && part[1].signum() > 0) {
        sum = sum.add(part[0].multiply(part[1]));
        weighed = weighed.add(part[1]);
      }
    }
    if (weighed.signum() == 0) {
      return null;
    }
    return new AnnualScore(scale(routine), scale(evaluation), scale(indicator), weights.routine(), weights.evaluation(),
        weights.indicator(), sum.divide(weighed, 2, RoundingMode.HALF_UP));
  }

  /** "年度考核综合得分 85.6 分（平时考核 88 分×40%、民主测评 86 分×30%、单位综合考核 82 分×30%）". */
  public String describe() {
    List<String> parts = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    part("平时考核", routine, routineWeight, parts, missing);
    part("民主测评", evaluation, evaluationWeight, parts, missing);
    part("单位综合考核", indicator, indicatorWeight, parts, missing);
    return "年度考核综合得分 " + plain(total) + " 分（" + String.join("、", parts)
        + (missing.isEmpty() ? "" : "；本年度无" + String.join("、", missing) + "，其余按权重比例折算") + "）";
  }

  private static void part(String name, BigDecimal score, BigDecimal weight, List<String> parts, List<String> missing) {
    if (weight.signum() == 0) {
      return;
    }
    if (score == null) {
      missing.add(name);
    } else {
      parts.add(name + " " + plain(score) + " 分×" + plain(weight.movePointRight(2)) + "%");
    }
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static BigDecimal scale(BigDecimal value) {
    return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
  }

  /** A category's weights of the three parts (they sum to 1). */
  public record Weights(BigDecimal routine, BigDecimal evaluation, BigDecimal indicator) {}
}
