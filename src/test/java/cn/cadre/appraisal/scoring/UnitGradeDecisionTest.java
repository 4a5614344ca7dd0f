package cn.cadre.appraisal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** processes/unit-grade.dmn against totals and grades worked out by hand. */
class UnitGradeDecisionTest {

  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static List<DmnDecision> decisions;

  @BeforeAll
  static void parse() throws Exception {
    try (InputStream in = UnitGradeDecisionTest.class.getClassLoader().getResourceAsStream("processes/unit-grade.dmn")) {
      decisions = DMN.parseDecisions(in);
    }
  }

  private static DmnDecision decision(String key) {
    return decisions.stream().filter(d -> d.getKey().equals(key)).findFirst().orElseThrow();
  }

  /** Development 78, party building 88, satisfaction 90; weights 90 / 10 (multiplier) or 60 / 30 / 10. */
  private static VariableMap papers(String formula) {
    boolean multiplier = formula.equals("MULTIPLIER");
    return Variables.createVariables().putValue("formula", formula)
        .putValue("developmentScore", 78).putValue("partyBuildingScore", 88).putValue("satisfactionScore", 90)
        .putValue("developmentWeight", multiplier ? 90 : 60).putValue("partyBuildingWeight", multiplier ? 0 : 30)
        .putValue("satisfactionWeight", 10).putValue("partyBuildingBase", 80).putValue("bonus", 2).putValue("penalty", 0);
  }

  private static double total(VariableMap inputs) {
    return ((Number) DMN.evaluateDecisionTable(decision("UnitScoreTotal"), inputs).getSingleResult().getEntry("total"))
        .doubleValue();
  }

  @Test
  void multiplier_developmentTimesPartyBuildingOver80_plusBonus() {
    // (78 × 90 + 90 × 10) / 100 = 79.2; × 88 / 80 = 87.12; + 2 = 89.12
    assertThat(total(papers("MULTIPLIER"))).isCloseTo(89.12, org.assertj.core.data.Offset.offset(1e-9));
    // a base of 100 instead of 80: 79.2 × 0.88 + 2 = 71.696
    assertThat(total(papers("MULTIPLIER").putValue("partyBuildingBase", 100)))
        .isCloseTo(71.696, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void weightedSum_ofThePapers_minusPenalty() {
    // 78 × 0.6 + 88 × 0.3 + 90 × 0.1 = 46.8 + 26.4 + 9 = 82.2; + 2 − 1.5 = 82.7
    assertThat(total(papers("WEIGHTED_SUM").putValue("penalty", 1.5)))
        .isCloseTo(82.7, org.assertj.core.data.Offset.offset(1e-9));
  }

  private static String band(boolean veto, double total, double aheadShare) {
    return DMN.evaluateDecisionTable(decision("UnitGradeBand"), Variables.createVariables().putValue("veto", veto)
        .putValue("total", total).putValue("aheadShare", aheadShare)).getSingleResult().getEntry("bandGrade");
  }

  @Test
  void tenUnits_threeGood_fiveFairlyGood_twoAverage() {
    StringBuilder grades = new StringBuilder();
    for (int rank = 1; rank <= 10; rank++) {
      grades.append(band(false, 90 - rank, (rank - 1) / 10.0)).append(' ');
    }
    assertThat(grades.toString().strip()).isEqualTo("GOOD GOOD GOOD FAIRLY_GOOD FAIRLY_GOOD FAIRLY_GOOD FAIRLY_GOOD "
        + "FAIRLY_GOOD AVERAGE AVERAGE");
  }

  @Test
  void aVeto_orATotalUnder60_isPoor_whateverTheRank() {
    assertThat(band(true, 99, 0)).isEqualTo("POOR");
    assertThat(band(false, 59.99, 0)).isEqualTo("POOR");
    assertThat(band(false, 60, 0)).isEqualTo("GOOD");
  }

  private static String lowered(boolean lowered, String band) {
    return DMN.evaluateDecisionTable(decision("UnitGradeLowered"), Variables.createVariables().putValue("lowered", lowered)
        .putValue("bandGrade", band)).getSingleResult().getEntry("unitGrade");
  }

  @Test
  void aDisciplineViolation_lowersTheUnitOneGrade() {
    assertThat(lowered(false, "GOOD")).isEqualTo("GOOD");
    assertThat(lowered(true, "GOOD")).isEqualTo("FAIRLY_GOOD");
    assertThat(lowered(true, "FAIRLY_GOOD")).isEqualTo("AVERAGE");
    assertThat(lowered(true, "AVERAGE")).isEqualTo("POOR");
    assertThat(lowered(true, "POOR")).isEqualTo("POOR");
  }

  @Test
  void evaluationScore_votesWeighted100_80_60_0() {
    // 30 excellent, 8 competent, 2 basic of 40: 0.75 × 100 + 0.2 × 80 + 0.05 × 60 = 75 + 16 + 3 = 94
    Object score = DMN.evaluateDecisionTable(decision("EvaluationScore"), Variables.createVariables()
        .putValue("hasVotes", true).putValue("excellentShare", 0.75).putValue("competentShare", 0.2)
        .putValue("basicShare", 0.05).putValue("incompetentShare", 0.0)).getSingleResult().getEntry("evaluationScore");
    assertThat(((Number) score).doubleValue()).isCloseTo(94.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void annualScoreWeights_routineCounts40PercentEverywhere() {
    for (String category : List.of("CITY", "COUNTY", "POOR_COUNTY", "DEPARTMENT", "PUBLIC_INSTITUTION",
        "STATE_OWNED_ENTERPRISE")) {
      var weights = DMN.evaluateDecisionTable(decision("AnnualScoreWeights"),
          Variables.createVariables().putValue("unitCategory", category)).getSingleResult();
      double routine = ((Number) weights.getEntry("routineWeight")).doubleValue();
      double sum = routine + ((Number) weights.getEntry("evaluationWeight")).doubleValue()
          + ((Number) weights.getEntry("indicatorWeight")).doubleValue();
      assertThat(routine).as(category).isEqualTo(0.4);
      assertThat(sum).as(category).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }
  }

  @Test
  void linkages_teamCapAndExcellentShareFollowTheUnitsGrade() {
    for (String[] row : new String[][] {{"GOOD", "GOOD", "0.3"}, {"FAIRLY_GOOD", "FAIRLY_GOOD", "0.2"},
        {"AVERAGE", "AVERAGE", "0.1"}, {"POOR", "POOR", "0"}}) {
      var inputs = Variables.createVariables().putValue("unitGrade", row[0]);
      assertThat((String) DMN.evaluateDecisionTable(decision("TeamGradeCap"), inputs).getSingleResult()
          .getEntry("maxTeamGrade")).isEqualTo(row[1]);
      assertThat(((Number) DMN.evaluateDecisionTable(decision("ExcellentQuota"), inputs).getSingleResult()
          .getEntry("excellentShare")).doubleValue()).isEqualTo(Double.parseDouble(row[2]));
    }
  }
}
