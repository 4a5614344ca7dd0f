package cn.cadre.appraisal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.organisation.UnitCategory;
import cn.cadre.appraisal.shared.TeamGrade;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A unit's papers from entered values, by hand; the total is the rules' (here: the papers' sum). */
class UnitScoreCalculatorTest {

  /** The papers' weighted sum, as unit-grade.dmn's WEIGHTED_SUM row, plus bonus minus penalty. */
  private static final UnitRules SUM = new UnitRules() {
    @Override
    public BigDecimal total(ScoringFormula formula, Map<Paper, BigDecimal> papers, Map<Paper, BigDecimal> weights,
        BigDecimal base, BigDecimal bonus, BigDecimal penalty) {
      BigDecimal total = BigDecimal.ZERO;
      for (var e : papers.entrySet()) {
        total = total.add(e.getValue().multiply(weights.getOrDefault(e.getKey(), BigDecimal.ZERO))
            .divide(BigDecimal.valueOf(100)));
      }
      return total.add(bonus).subtract(penalty);
    }

    @Override
    public TeamGrade maxTeamGrade(TeamGrade unitGrade) {
      throw new UnsupportedOperationException();
    }

    @Override
    public BigDecimal excellentShare(TeamGrade unitGrade) {
      throw new UnsupportedOperationException();
    }

    @Override
    public AnnualScore.Weights annualWeights(UnitCategory category) {
      throw new UnsupportedOperationException();
    }

    @Override
    public BigDecimal evaluationScore(Integer excellent, Integer competent, Integer basic, Integer incompetent) {
      throw new UnsupportedOperationException();
    }

    @Override
    public GradeProposal grade(boolean veto, boolean lowered, BigDecimal total, double aheadShare) {
      return new GradeProposal(TeamGrade.GOOD, "");
    }
  };

  private static Indicator indicator(long id, String code, Paper paper, IndicatorKind kind, int full, Integer weight,
      ScoringMethod method, Integer target, boolean halved) {
    Indicator i = new Indicator(code, code, paper, kind, BigDecimal.valueOf(full),
        weight == null ? null : BigDecimal.valueOf(weight), "STATISTICS", method,
        target == null ? null : BigDecimal.valueOf(target), null, halved, halved ? "减半" : null);
    try {
      var field = Indicator.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(i, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return i;
  }

  @Test
  void targetsCapAtFullPoints_halvedIndicatorsCountHalf_yesNoItemsCount() {
    IndicatorScheme scheme = new IndicatorScheme(2026, UnitCategory.COUNTY);
    scheme.define("测试", ScoringFormula.WEIGHTED_SUM, BigDecimal.valueOf(80),
        Map.of(Paper.DEVELOPMENT, BigDecimal.valueOf(70), Paper.PARTY_BUILDING, BigDecimal.valueOf(30)), List.of(
            indicator(1, "D1", Paper.DEVELOPMENT, IndicatorKind.SCORED, 10, 50, ScoringMethod.ENTERED, null, false),
            indicator(2, "D2", Paper.DEVELOPMENT, IndicatorKind.SCORED, 100, 50, ScoringMethod.TARGET, 20, true),
            indicator(3, "P1", Paper.PARTY_BUILDING, IndicatorKind.SCORED, 100, 100, ScoringMethod.ENTERED, null, false),
            indicator(4, "B1", null, IndicatorKind.BONUS, 3, null, ScoringMethod.ENTERED, null, false),
            indicator(5, "M1", null, IndicatorKind.PENALTY, 5, null, ScoringMethod.ENTERED, null, false),
            indicator(6, "X1", null, IndicatorKind.VETO, 1, null, ScoringMethod.ENTERED, null, false),
            indicator(7, "L1", null, IndicatorKind.LOWER_GRADE, 1, null, ScoringMethod.ENTERED, null, false)),
        "od", LocalDateTime.now());
    Map<Long, BigDecimal> values = new HashMap<>();
    values.put(1L, new BigDecimal("8.5")); // 8.5 / 10 × 50 = 42.5
    values.put(2L, new BigDecimal("25")); // 25 of target 20: full 100, × 50 halved to 25 = 25
    values.put(3L, new BigDecimal("90")); // 90
    values.put(4L, new BigDecimal("1.5"));
    values.put(5L, new BigDecimal("2"));
    values.put(6L, BigDecimal.ZERO);
    values.put(7L, BigDecimal.ONE);
    UnitScoreCalculator.Result r = UnitScoreCalculator.score(scheme, "x", values, SUM);
    assertThat(r.paperScores().get(Paper.DEVELOPMENT)).isEqualByComparingTo("67.5");
    assertThat(r.paperScores().get(Paper.PARTY_BUILDING)).isEqualByComparingTo("90");
    // 67.5 × 0.7 + 90 × 0.3 = 47.25 + 27 = 74.25; + 1.5 − 2 = 73.75
    assertThat(r.total()).isEqualByComparingTo("73.75");
    assertThat(r.veto()).isFalse();
    assertThat(r.lowered()).isTrue();

    // half the target: 50 points of 100
    assertThat(UnitScoreCalculator.points(scheme.getIndicators().get(1), BigDecimal.TEN)).isEqualByComparingTo("50");
  }
}
