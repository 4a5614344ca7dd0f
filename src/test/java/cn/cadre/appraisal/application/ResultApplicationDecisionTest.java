package cn.cadre.appraisal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The result-application rules in processes/result-application.dmn: which paths (提拔使用, 嘉奖,
 * 记三等功, 点名调训, 专题培训, 谈话提醒, 诫勉谈话, 组织调整, 降职, 整改, 不得提拔) open for one cadre
 * once the grade is final. One test per rule row and the combinations the process owners care
 * about, on the plain DMN engine, and the file deployed into a real Camunda engine.
 */
class ResultApplicationDecisionTest {

  private static final String RESOURCE = "processes/result-application.dmn";
  private static final String KEY = "ResultApplication";
  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static Map<String, DmnDecision> decisions;

  @BeforeAll
  static void parseTheFile() throws Exception {
    try (InputStream in = ResultApplicationDecisionTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      assertThat(in).as(RESOURCE + " on the classpath").isNotNull();
      decisions = DMN.parseDecisions(in).stream().collect(Collectors.toMap(DmnDecision::getKey, Function.identity()));
    }
  }

  /** A plain COMPETENT cadre in a GOOD team, no flags, no weakness: opens nothing. Each test changes what it needs. */
  private static VariableMap cadre(String finalGrade) {
    return Variables.createVariables()
        .putValue("finalGrade", finalGrade)
        .putValue("consecutiveExcellentYears", "EXCELLENT".equals(finalGrade) ? 1 : 0)
        .putValue("potentialForPromotion", false)
        .putValue("earlySignProblems", false)
        .putValue("weaknessTopic", null)
        .putValue("problemsFound", false)
        .putValue("teamGrade", "GOOD")
        .putValue("isPrincipal", false)
        .putValue("promotionBarred", false)
        .putValue("source", "ANNUAL")
        .putValue("doingWell", false)
        .putValue("conclusion", null);
  }

  /** A finding of another kind of appraisal: no annual grade, no team grade, nothing flagged yet. */
  private static VariableMap finding(String source) {
    return cadre(null).putValue("teamGrade", null).putValue("source", source);
  }

  private static DmnDecisionTableResult evaluate(VariableMap variables) {
    return DMN.evaluateDecisionTable(decisions.get(KEY), variables);
  }

  /** The path ids of every rule that matched, in rule order. */
  private static List<String> paths(VariableMap variables) {
    return evaluate(variables).collectEntries("path");
  }

  /** Routine and special appraisals' findings act through their own rows, never the annual ones. */
  @Nested
  class OtherSources {

    @Test
    void routineEarlySigns_openAReminderTalk() {
      assertThat(paths(finding("ROUTINE").putValue("earlySignProblems", true))).containsExactly("REMINDER_TALK");
    }

    @Test
    void routineWeakness_opensTopicTraining() {
      assertThat(paths(finding("ROUTINE").putValue("weaknessTopic", "应急处置"))).containsExactly("TOPIC_TRAINING");
    }

    @Test
    void routineProblems_openRectification() {
      assertThat(paths(finding("ROUTINE").putValue("problemsFound", true))).containsExactly("RECTIFICATION");
    }

    @Test
    void routineDoingWell_opensPromotion_unlessBarred() {
      assertThat(paths(finding("ROUTINE").putValue("doingWell", true))).containsExactly("PROMOTION");
      assertThat(paths(finding("ROUTINE").putValue("doingWell", true).putValue("promotionBarred", true))).isEmpty();
    }

    @Test
    void specialConclusions_openTheirPaths() {
      assertThat(paths(finding("SPECIAL").putValue("conclusion", "COMMEND"))).containsExactly("COMMENDATION");
      assertThat(paths(finding("SPECIAL").putValue("conclusion", "PROMOTE"))).containsExactly("PROMOTION");
      assertThat(paths(finding("SPECIAL").putValue("conclusion", "PROMOTE").putValue("promotionBarred", true))).isEmpty();
      assertThat(paths(finding("SPECIAL").putValue("conclusion", "NOT_NOW"))).containsExactly("PROMOTION_BAR");
      assertThat(evaluate(finding("SPECIAL").putValue("conclusion", "NOT_NOW")).getSingleResult().getEntry("pathLabel")
          .toString()).isEqualTo("暂不列为拟提拔人选（专项考核排名靠后）");
    }

    @Test
    void specialTalentPoolAndAccountability_openTheirOwnPaths() {
      assertThat(paths(finding("SPECIAL").putValue("conclusion", "TALENT_POOL"))).containsExactly("TALENT_POOL");
      assertThat(paths(finding("SPECIAL").putValue("conclusion", "ACCOUNTABLE"))).containsExactly("ACCOUNTABILITY");
    }

    @Test
    void aFieldStaysEnds_actLikeRoutineFindings() {
      assertThat(paths(finding("FIELD_STAY").putValue("doingWell", true))).containsExactly("PROMOTION");
      assertThat(paths(finding("FIELD_STAY").putValue("earlySignProblems", true))).containsExactly("REMINDER_TALK");
      assertThat(paths(finding("FIELD_STAY").putValue("problemsFound", true))).containsExactly("RECTIFICATION");
    }

    @Test
    void aTermsProblems_openRectification_andNothingElse() {
      assertThat(paths(finding("TERM").putValue("problemsFound", true).putValue("earlySignProblems", true)))
          .containsExactly("RECTIFICATION");
      assertThat(paths(finding("TERM"))).isEmpty();
    }

    @Test
    void aSpecialConclusionIgnoresRoutineFlags_andTheOtherWayRound() {
      assertThat(paths(finding("SPECIAL").putValue("earlySignProblems", true).putValue("doingWell", true))).isEmpty();
      assertThat(paths(finding("ROUTINE").putValue("conclusion", "COMMEND"))).isEmpty();
    }

    @Test
    void anAnnualGradeIgnoresASpecialConclusion() {
      assertThat(paths(cadre("COMPETENT").putValue("conclusion", "COMMEND"))).isEmpty();
    }
  }

  @Nested
  class OneRowEach {

    @Test
    void excellentWithPotentialInAGoodTeam_opensPromotion() {
      DmnDecisionTableResult result = evaluate(cadre("EXCELLENT").putValue("potentialForPromotion", true));

      assertThat(result.collectEntries("path")).contains("PROMOTION");
      assertThat(result.getResultList()).contains(Map.of("path", "PROMOTION", "pathLabel", "提拔使用（列入优秀年轻干部库候选）"));
    }

    @Test
    void excellentWithPotentialInAFairlyGoodTeam_opensPromotion() {
      assertThat(paths(cadre("EXCELLENT").putValue("potentialForPromotion", true).putValue("teamGrade", "FAIRLY_GOOD")))
          .contains("PROMOTION");
    }

    @Test
    void excellentWithoutPotential_opensNoPromotion() {
      assertThat(paths(cadre("EXCELLENT"))).doesNotContain("PROMOTION");
    }

    @Test
    void excellent_opensCommendation() {
      assertThat(evaluate(cadre("EXCELLENT")).getResultList()).contains(Map.of("path", "COMMENDATION", "pathLabel", "嘉奖"));
    }

    @Test
    void threeConsecutiveExcellentYears_opensMerit() {
      assertThat(evaluate(cadre("EXCELLENT").putValue("consecutiveExcellentYears", 3)).getResultList())
          .contains(Map.of("path", "MERIT", "pathLabel", "记三等功"));
    }

    @Test
    void fourConsecutiveExcellentYears_opensMerit() {
      assertThat(paths(cadre("EXCELLENT").putValue("consecutiveExcellentYears", 4))).contains("MERIT");
    }

    @Test
    void twoConsecutiveExcellentYears_opensNoMerit() {
      assertThat(paths(cadre("EXCELLENT").putValue("consecutiveExcellentYears", 2))).doesNotContain("MERIT");
    }

    @Test
    void consecutiveYearsWithoutExcellentThisYear_openNoMerit() {
      assertThat(paths(cadre("COMPETENT").putValue("consecutiveExcellentYears", 3))).isEmpty();
    }

    @Test
    void excellent_opensProgressiveTraining() {
      assertThat(evaluate(cadre("EXCELLENT")).getResultList())
          .contains(Map.of("path", "PROGRESSIVE_TRAINING", "pathLabel", "点名调训（递进式培训）"));
    }

    @Test
    void plainExcellent_opensExactlyCommendationAndProgressiveTraining() {
      assertThat(paths(cadre("EXCELLENT"))).containsExactlyInAnyOrder("COMMENDATION", "PROGRESSIVE_TRAINING");
    }

    @Test
    void namedWeakness_opensTopicTraining() {
      assertThat(evaluate(cadre("COMPETENT").putValue("weaknessTopic", "数字化治理能力")).getResultList())
          .containsExactly(Map.of("path", "TOPIC_TRAINING", "pathLabel", "专题培训（缺什么补什么）"));
    }

    @Test
    void emptyWeaknessTopic_opensNoTopicTraining() {
      assertThat(paths(cadre("COMPETENT").putValue("weaknessTopic", ""))).isEmpty();
    }

    @Test
    void nullWeaknessTopic_opensNoTopicTraining() {
      assertThat(paths(cadre("COMPETENT").putValue("weaknessTopic", null))).isEmpty();
    }

    @Test
    void missingWeaknessTopicVariable_opensNoTopicTraining() {
      VariableMap cadre = cadre("COMPETENT");
      cadre.remove("weaknessTopic");

      assertThat(paths(cadre)).isEmpty();
    }

    @Test
    void earlySignProblems_openReminderTalk() {
      assertThat(evaluate(cadre("COMPETENT").putValue("earlySignProblems", true)).getResultList())
          .containsExactly(Map.of("path", "REMINDER_TALK", "pathLabel", "谈话提醒"));
    }

    @Test
    void basicallyCompetent_opensAdmonitionTalk() {
      assertThat(evaluate(cadre("BASICALLY_COMPETENT")).getResultList())
          .contains(Map.of("path", "ADMONITION_TALK", "pathLabel", "诫勉谈话"));
    }

    @Test
    void basicallyCompetent_opensAdjustment() {
      assertThat(evaluate(cadre("BASICALLY_COMPETENT")).getResultList())
          .contains(Map.of("path", "ADJUSTMENT", "pathLabel", "组织调整（视情）"));
    }

    @Test
    void incompetent_opensDemotion() {
      assertThat(evaluate(cadre("INCOMPETENT")).getResultList())
          .containsExactly(Map.of("path", "DEMOTION", "pathLabel", "降职"));
    }

    @Test
    void problemsFound_openRectification() {
      assertThat(evaluate(cadre("COMPETENT").putValue("problemsFound", true)).getResultList())
          .containsExactly(Map.of("path", "RECTIFICATION", "pathLabel", "整改（限期整改，下一轮考核核查）"));
    }

    @Test
    void principalOfAPoorTeam_getsPromotionBar() {
      assertThat(evaluate(cadre("COMPETENT").putValue("teamGrade", "POOR").putValue("isPrincipal", true)).getResultList())
          .containsExactly(Map.of("path", "PROMOTION_BAR", "pathLabel", "主要负责人一年内不得提拔"));
    }

    @Test
    void averageTeam_isSummoned() {
      assertThat(evaluate(cadre("AVERAGE")).getResultList())
          .containsExactly(Map.of("path", "TEAM_SUMMONS", "pathLabel", "约谈领导班子"));
    }

    @Test
    void poorTeamWithProblems_isSummonedAndRectifies() {
      assertThat(paths(cadre("POOR").putValue("problemsFound", true))).containsExactly("RECTIFICATION", "TEAM_SUMMONS");
    }

    @Test
    void goodTeamWithProblems_rectifiesOnly() {
      assertThat(paths(cadre("GOOD").putValue("problemsFound", true))).containsExactly("RECTIFICATION");
    }

    @Test
    void excellentWithPotential_stillBarredFromAnEarlierRound_isNotACandidate() {
      VariableMap barred = cadre("EXCELLENT").putValue("potentialForPromotion", true).putValue("promotionBarred", true);

      assertThat(paths(barred)).doesNotContain("PROMOTION").containsExactlyInAnyOrder("COMMENDATION", "PROGRESSIVE_TRAINING");
    }

    @Test
    void excellentWithPotential_withoutABarRecorded_isACandidate() {
      VariableMap unknown = cadre("EXCELLENT").putValue("potentialForPromotion", true).putValue("promotionBarred", null);

      assertThat(paths(unknown)).contains("PROMOTION");
    }

    @Test
    void otherMemberOfAPoorTeam_getsNoPromotionBar() {
      assertThat(paths(cadre("COMPETENT").putValue("teamGrade", "POOR"))).isEmpty();
    }

    @Test
    void principalOfAFairlyGoodTeam_getsNoPromotionBar() {
      assertThat(paths(cadre("COMPETENT").putValue("teamGrade", "FAIRLY_GOOD").putValue("isPrincipal", true))).isEmpty();
    }
  }

  @Nested
  class Combinations {

    @Test
    void excellentWithPotentialInAGoodTeamForThreeYears_opensExactlyTheFourRewards() {
      VariableMap cadre = cadre("EXCELLENT").putValue("potentialForPromotion", true).putValue("consecutiveExcellentYears", 3);

      assertThat(paths(cadre)).containsExactlyInAnyOrder("PROMOTION", "COMMENDATION", "MERIT", "PROGRESSIVE_TRAINING");
    }

    @Test
    void averageTeam_barsPromotion_andItsPrincipalGetsThePromotionBar() {
      VariableMap principal = cadre("EXCELLENT").putValue("potentialForPromotion", true).putValue("consecutiveExcellentYears", 3)
          .putValue("teamGrade", "AVERAGE").putValue("isPrincipal", true);

      assertThat(paths(principal)).doesNotContain("PROMOTION")
          .containsExactlyInAnyOrder("COMMENDATION", "MERIT", "PROGRESSIVE_TRAINING", "PROMOTION_BAR");
    }

    @Test
    void averageTeam_barsPromotion_ofAnOrdinaryMemberToo_withoutAPromotionBar() {
      VariableMap member = cadre("EXCELLENT").putValue("potentialForPromotion", true).putValue("teamGrade", "AVERAGE");

      assertThat(paths(member)).containsExactlyInAnyOrder("COMMENDATION", "PROGRESSIVE_TRAINING");
    }

    @Test
    void undeterminedWithEveryFlag_opensNothing() {
      VariableMap cadre = cadre("UNDETERMINED").putValue("consecutiveExcellentYears", 5).putValue("potentialForPromotion", true)
          .putValue("earlySignProblems", true).putValue("weaknessTopic", "政策理论水平").putValue("problemsFound", true)
          .putValue("teamGrade", "POOR").putValue("isPrincipal", true);

      assertThat(evaluate(cadre)).isEmpty();
    }

    @Test
    void plainCompetent_opensNothing() {
      assertThat(evaluate(cadre("COMPETENT"))).isEmpty();
    }

    @Test
    void basicallyCompetentWithoutFlags_opensExactlyAdmonitionAndAdjustment() {
      assertThat(paths(cadre("BASICALLY_COMPETENT"))).containsExactlyInAnyOrder("ADMONITION_TALK", "ADJUSTMENT");
    }

    @Test
    void basicallyCompetentWithFlags_opensTheFlaggedPathsToo() {
      VariableMap cadre = cadre("BASICALLY_COMPETENT").putValue("earlySignProblems", true).putValue("weaknessTopic", "群众工作能力")
          .putValue("problemsFound", true).putValue("teamGrade", "AVERAGE").putValue("isPrincipal", true);

      assertThat(paths(cadre)).containsExactlyInAnyOrder(
          "ADMONITION_TALK", "ADJUSTMENT", "TOPIC_TRAINING", "REMINDER_TALK", "RECTIFICATION", "PROMOTION_BAR");
    }

    @Test
    void incompetentWithProblems_opensDemotionAndRectification() {
      assertThat(paths(cadre("INCOMPETENT").putValue("problemsFound", true)))
          .containsExactlyInAnyOrder("DEMOTION", "RECTIFICATION");
    }

    @ParameterizedTest(name = "null {0} counts as false")
    @ValueSource(strings = {"potentialForPromotion", "earlySignProblems", "problemsFound", "isPrincipal"})
    void nullBoolean_countsAsFalse(String flag) {
      VariableMap cadre = cadre("EXCELLENT").putValue("teamGrade", "POOR").putValue(flag, null);

      assertThat(paths(cadre)).containsExactlyInAnyOrder("COMMENDATION", "PROGRESSIVE_TRAINING");
    }

    @Test
    void missingOptionalVariables_countAsNo() {
      // the source is not optional: it says which rows apply
      VariableMap excellent = Variables.createVariables().putValue("finalGrade", "EXCELLENT").putValue("source", "ANNUAL");

      assertThat(paths(excellent)).containsExactlyInAnyOrder("COMMENDATION", "PROGRESSIVE_TRAINING");
    }

    @Test
    void missingFinalGrade_opensNothing() {
      VariableMap cadre = cadre(null).putValue("earlySignProblems", true).putValue("problemsFound", true)
          .putValue("weaknessTopic", "x").putValue("teamGrade", "POOR").putValue("isPrincipal", true);

      assertThat(evaluate(cadre)).isEmpty();
    }

    @Test
    void everyPathHasAChineseLabel() {
      VariableMap cadre = cadre("EXCELLENT").putValue("potentialForPromotion", true).putValue("consecutiveExcellentYears", 3)
          .putValue("earlySignProblems", true).putValue("weaknessTopic", "x").putValue("problemsFound", true);

      assertThat(evaluate(cadre).getResultList()).allSatisfy(row -> assertThat((String) row.get("pathLabel")).isNotBlank());
    }
  }

  /** The file deployed into a real Camunda engine (src/test/resources/camunda.cfg.xml). */
  @Nested
  @ExtendWith(ProcessEngineCoverageExtension.class)
  class InACamundaEngine {

    ProcessEngine engine;
    private RepositoryService repositoryService;
    private DecisionService decisionService;

    @BeforeEach
    void services() {
      repositoryService = engine.getRepositoryService();
      decisionService = engine.getDecisionService();
    }

    @Test
    @Deployment(resources = RESOURCE)
    void camundaAcceptsTheFile_keptFiveYearsInHistory() {
      List<DecisionDefinition> deployed = repositoryService.createDecisionDefinitionQuery().list();

      assertThat(deployed).extracting(DecisionDefinition::getKey).containsExactly(KEY);
      assertThat(deployed).extracting(DecisionDefinition::getHistoryTimeToLive).containsOnly(1825);
    }

    @Test
    @Deployment(resources = RESOURCE)
    void decisionService_evaluatesTheDeployedTable_withTypedVariables() {
      VariableMap cadre = Variables.createVariables()
          .putValue("finalGrade", "BASICALLY_COMPETENT")
          .putValue("consecutiveExcellentYears", 0)
          .putValueTyped("potentialForPromotion", Variables.booleanValue(null))
          .putValue("earlySignProblems", Boolean.TRUE)
          .putValueTyped("weaknessTopic", Variables.stringValue(null))
          .putValue("problemsFound", Boolean.FALSE)
          .putValue("teamGrade", "AVERAGE")
          .putValue("isPrincipal", Boolean.TRUE)
          .putValue("source", "ANNUAL");

      List<Map<String, Object>> rows = decisionService.evaluateDecisionByKey(KEY).variables(cadre).evaluate().getResultList();

      assertThat(rows).containsExactlyInAnyOrder(
          Map.of("path", "REMINDER_TALK", "pathLabel", "谈话提醒"),
          Map.of("path", "ADMONITION_TALK", "pathLabel", "诫勉谈话"),
          Map.of("path", "ADJUSTMENT", "pathLabel", "组织调整（视情）"),
          Map.of("path", "PROMOTION_BAR", "pathLabel", "主要负责人一年内不得提拔"));
    }

    @Test
    @Deployment(resources = RESOURCE)
    void decisionService_opensNothingForUndetermined() {
      VariableMap cadre = Variables.createVariables().putValue("finalGrade", "UNDETERMINED")
          .putValue("weaknessTopic", "x").putValue("problemsFound", true).putValue("earlySignProblems", true);

      assertThat(decisionService.evaluateDecisionTableByKey(KEY, cadre)).isEmpty();
      assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(KEY).singleResult().getHistoryTimeToLive())
          .isEqualTo(1825);
    }
  }
}
