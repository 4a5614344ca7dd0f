package cn.cadre.appraisal.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** processes/term-grade.dmn row by row: the first row that holds gives the term grade. */
class TermGradeDecisionTest {

  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    try (InputStream in = TermGradeDecisionTest.class.getClassLoader().getResourceAsStream("processes/term-grade.dmn")) {
      decision = DMN.parseDecision("TermGrade", in);
    }
  }

  /** Five years, three 好 and two 较好, every target met: 好. Each test changes what it needs. */
  private static VariableMap good() {
    return Variables.createVariables().putValue("years", 5).putValue("topYears", 3).putValue("lowYears", 0)
        .putValue("poorYears", 0).putValue("topShare", 0.6).putValue("unmetShare", 0.0);
  }

  private static String grade(VariableMap facts) {
    DmnDecisionResult result = DMN.evaluateDecision(decision, facts);
    return result.getSingleResult().getEntry("termGrade");
  }

  @Test
  void mostlyGoodYearsAndEveryTargetMet_isGood() {
    assertThat(grade(good())).isEqualTo("GOOD");
  }

  @Test
  void halfGoodYears_isFairlyGood() {
    assertThat(grade(good().putValue("topYears", 2).putValue("topShare", 0.4))).isEqualTo("FAIRLY_GOOD");
  }

  @Test
  void oneTargetUnmet_isNoLongerGood() {
    assertThat(grade(good().putValue("unmetShare", 0.1))).isEqualTo("FAIRLY_GOOD");
  }

  @Test
  void aYearRatedAverage_capsTheTermAtAverage() {
    assertThat(grade(good().putValue("lowYears", 1))).isEqualTo("AVERAGE");
  }

  @Test
  void moreThanAFifthOfTheTargetsUnmet_isAverage() {
    assertThat(grade(good().putValue("unmetShare", 0.25))).isEqualTo("AVERAGE");
  }

  @Test
  void twoPoorYears_isPoor() {
    assertThat(grade(good().putValue("lowYears", 2).putValue("poorYears", 2))).isEqualTo("POOR");
  }

  @Test
  void moreThanHalfTheTargetsUnmet_isPoor_evenWithGoodYears() {
    DmnDecisionResult result = DMN.evaluateDecision(decision, good().putValue("unmetShare", 0.6));
    assertThat((String) result.getSingleResult().getEntry("termGrade")).isEqualTo("POOR");
    assertThat((String) result.getSingleResult().getEntry("termGradeReason")).isEqualTo("半数以上任期目标未完成");
  }
}
