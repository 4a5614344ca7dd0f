package cn.cadre.appraisal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A cadre's annual score from its parts, by hand. */
class AnnualScoreTest {

  private static final AnnualScore.Weights CITY = new AnnualScore.Weights(new BigDecimal("0.4"), new BigDecimal("0.3"),
      new BigDecimal("0.3"));

  @Test
  void theThreePartsWeighted() {
    // 88 × 0.4 + 94 × 0.3 + 89.12 × 0.3 = 35.2 + 28.2 + 26.736 = 90.136 → 90.14
    AnnualScore score = AnnualScore.of(new BigDecimal("88"), new BigDecimal("94"), new BigDecimal("89.12"), CITY);
    assertThat(score.total()).isEqualByComparingTo("90.14");
    assertThat(score.describe())
        .isEqualTo("年度考核综合得分 90.14 分（平时考核 88 分×40%、民主测评 94 分×30%、单位综合考核 89.12 分×30%）");
  }

  @Test
  void aMissingPart_theOthersCountInProportion() {
    // no routine appraisal: (94 × 0.3 + 89.12 × 0.3) / 0.6 = 91.56
    AnnualScore score = AnnualScore.of(null, new BigDecimal("94"), new BigDecimal("89.12"), CITY);
    assertThat(score.total()).isEqualByComparingTo("91.56");
    assertThat(score.describe()).endsWith("；本年度无平时考核，其余按权重比例折算）");
    assertThat(AnnualScore.of(null, null, null, CITY)).isNull();
  }
}
