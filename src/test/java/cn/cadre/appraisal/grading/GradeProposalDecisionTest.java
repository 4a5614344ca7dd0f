package cn.cadre.appraisal.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.InputStream;
import java.math.BigDecimal;
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
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The grading rules in processes/grade-proposal.dmn: every rule of every decision with hand-picked
 * inputs and boundaries, on the plain DMN engine (one nested class per decision), and the file
 * deployed into a real Camunda engine, called as the DecisionService and a business rule task do.
 */
class GradeProposalDecisionTest {

  private static final String RESOURCE = "processes/grade-proposal.dmn";
  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static Map<String, DmnDecision> decisions;

  @BeforeAll
  static void parseTheFile() throws Exception {
    try (InputStream in = GradeProposalDecisionTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      assertThat(in).as(RESOURCE + " on the classpath").isNotNull();
      decisions = DMN.parseDecisions(in).stream().collect(Collectors.toMap(DmnDecision::getKey, Function.identity()));
    }
  }

  /** k of n votes, as the caller computes a share. */
  private static double share(int votes, int of) {
    return (double) votes / of;
  }

  /** a + b as FEEL computes it (decimal, from each double's shortest form), back as a double. */
  private static double unroundedSum(double a, double b) {
    return new BigDecimal(Double.toString(a)).add(new BigDecimal(Double.toString(b))).doubleValue();
  }

  private static DmnDecisionTableResult evaluate(String key, VariableMap variables) {
    return DMN.evaluateDecisionTable(decisions.get(key), variables);
  }

  /** The outputs of the one rule that matched. */
  private static Map<String, Object> outputs(String key, VariableMap variables) {
    DmnDecisionTableResult result = evaluate(key, variables);
    assertThat(result).as("rules of %s that matched", key).hasSize(1);
    return result.getSingleResult().getEntryMap();
  }

  @Nested
  class GradeProposal {

    /** A cadre who meets every condition for 优秀; each test spoils one thing. */
    private VariableMap cadre() {
      return Variables.createVariables()
          .putValue("underInvestigation", false)
          .putValue("vetoItem", false)
          .putValue("politicalScore", 95.0)
          .putValue("excellentShare", 0.8)
          .putValue("basicShare", 0.05)
          .putValue("incompetentShare", 0.0)
          .putValue("gradeAffectingItems", 0);
    }

    private void assertProposal(VariableMap cadre, String grade, String reason) {
      assertThat(outputs("GradeProposal", cadre)).containsOnly(entry("proposedGrade", grade), entry("proposalReason", reason));
    }

    @Test
    void cleanRecordWithMostVotesExcellent_isExcellent() {
      assertProposal(cadre(), "EXCELLENT", "优秀票占比达到50%，评为优秀");
    }

    @Test
    void underInvestigation_isUndetermined_evenWithManyExcellentVotes() {
      assertProposal(cadre().putValue("underInvestigation", true).putValue("excellentShare", 1.0),
          "UNDETERMINED", "正在接受纪律审查，暂不确定等次");
    }

    @Test
    void underInvestigation_outranksAVetoItemAndIncompetentVotes() {
      assertProposal(cadre().putValue("underInvestigation", true).putValue("vetoItem", true).putValue("incompetentShare", 0.9),
          "UNDETERMINED", "正在接受纪律审查，暂不确定等次");
    }

    @Test
    void vetoItem_isIncompetent_evenWithManyExcellentVotes() {
      assertProposal(cadre().putValue("vetoItem", true).putValue("excellentShare", 1.0),
          "INCOMPETENT", "存在一票否决事项，评为不称职");
    }

    @Test
    void incompetentVotesOverOneThird_isIncompetent() {
      assertProposal(cadre().putValue("excellentShare", 0.6).putValue("basicShare", 0.0).putValue("incompetentShare", share(11, 30)),
          "INCOMPETENT", "不称职票超过三分之一，评为不称职");
    }

    @Test
    void incompetentVotesOverOneThird_outrankTheBasicallyCompetentRule() {
      assertProposal(cadre().putValue("excellentShare", 0.0).putValue("basicShare", 0.3).putValue("incompetentShare", 0.4),
          "INCOMPETENT", "不称职票超过三分之一，评为不称职");
    }

    @Test
    void incompetentVotesOfExactlyOneThird_areNotOverOneThird() {
      assertProposal(cadre().putValue("excellentShare", share(10, 30)).putValue("basicShare", 0.0).putValue("incompetentShare", share(10, 30)),
          "COMPETENT", "未达到评为优秀的条件，评为称职");
    }

    @Test
    void basicAndIncompetentVotesOverOneThird_isBasicallyCompetent() {
      assertProposal(cadre().putValue("excellentShare", 0.5).putValue("basicShare", 0.2).putValue("incompetentShare", 0.2),
          "BASICALLY_COMPETENT", "基本称职和不称职票合计超过三分之一，评为基本称职");
    }

    @Test
    void basicVotesAloneOverOneThird_isBasicallyCompetent() {
      assertProposal(cadre().putValue("excellentShare", 0.5).putValue("basicShare", share(11, 30)).putValue("incompetentShare", 0.0),
          "BASICALLY_COMPETENT", "基本称职和不称职票合计超过三分之一，评为基本称职");
    }

    @Test
    void basicAndIncompetentVotesOfExactlyOneThird_areNotOverOneThird_thoughTheDoublesAddUpToMore() {
      double basic = share(1, 18);
      double incompetent = share(5, 18);
      assertThat(unroundedSum(basic, incompetent)).as("1/18 + 5/18 as FEEL adds the doubles").isGreaterThan(1.0 / 3);

      assertProposal(cadre().putValue("excellentShare", share(12, 18)).putValue("basicShare", basic).putValue("incompetentShare", incompetent),
          "EXCELLENT", "优秀票占比达到50%，评为优秀");
    }

    @Test
    void missingIncompetentShare_countsAsNoIncompetentVotes_inTheSum() {
      assertProposal(cadre().putValue("excellentShare", 0.6).putValue("basicShare", 0.4).putValue("incompetentShare", null),
          "BASICALLY_COMPETENT", "基本称职和不称职票合计超过三分之一，评为基本称职");
    }

    @Test
    void gradeAffectingItems_preventExcellent_evenWithAllVotesExcellent() {
      assertProposal(cadre().putValue("gradeAffectingItems", 1).putValue("excellentShare", 1.0),
          "COMPETENT", "存在影响等次的负面清单事项，已纳入等次研判，不能评为优秀");
    }

    @Test
    void aPoorCountyScoredGood_itsPrincipalIsExcellentInPrinciple_evenWithFewerExcellentVotes() {
      assertProposal(cadre().putValue("excellentShare", 0.3).putValue("poorCountyPrincipalGood", true),
          "EXCELLENT", "脱贫县综合考核等次为好，主要负责同志原则上评为优秀");
      assertProposal(cadre().putValue("excellentShare", 0.3).putValue("poorCountyPrincipalGood", false),
          "COMPETENT", "未达到评为优秀的条件，评为称职");
    }

    @Test
    void aPoorCountyScoredGood_stillNotExcellent_withAGradeAffectingItem() {
      assertProposal(cadre().putValue("gradeAffectingItems", 1).putValue("poorCountyPrincipalGood", true),
          "COMPETENT", "存在影响等次的负面清单事项，已纳入等次研判，不能评为优秀");
    }

    @Test
    void gradeAffectingItems_doNotOutrankBasicallyCompetentVotes() {
      assertProposal(cadre().putValue("gradeAffectingItems", 3).putValue("basicShare", 0.4),
          "BASICALLY_COMPETENT", "基本称职和不称职票合计超过三分之一，评为基本称职");
    }

    @Test
    void politicalScoreJustBelow90_preventsExcellent() {
      assertProposal(cadre().putValue("politicalScore", 89.99), "COMPETENT", "政治素质测评低于90分，不能评为优秀");
    }

    @Test
    void politicalScoreOfExactly90_allowsExcellent() {
      assertProposal(cadre().putValue("politicalScore", 90.0), "EXCELLENT", "优秀票占比达到50%，评为优秀");
    }

    @Test
    void missingPoliticalScore_preventsExcellent() {
      assertProposal(cadre().putValue("politicalScore", null), "COMPETENT", "未进行政治素质测评，不能评为优秀");
    }

    @Test
    void missingPoliticalScore_doesNotHideAVetoItem() {
      assertProposal(cadre().putValue("politicalScore", null).putValue("vetoItem", true), "INCOMPETENT", "存在一票否决事项，评为不称职");
    }

    @Test
    void excellentVotesOfExactlyHalf_isExcellent() {
      assertProposal(cadre().putValue("excellentShare", 0.5), "EXCELLENT", "优秀票占比达到50%，评为优秀");
    }

    @Test
    void excellentVotesJustBelowHalf_isCompetent() {
      assertProposal(cadre().putValue("excellentShare", share(14, 29)), "COMPETENT", "未达到评为优秀的条件，评为称职");
    }

    @Test
    void nullFlagsAndItems_countAsNo() {
      assertProposal(cadre().putValue("underInvestigation", null).putValue("vetoItem", null).putValue("gradeAffectingItems", null),
          "EXCELLENT", "优秀票占比达到50%，评为优秀");
    }
  }

  @Nested
  class PoliticalReview {

    private void assertReview(Double politicalScore, boolean needed, String reason) {
      assertThat(outputs("PoliticalReview", Variables.createVariables().putValue("politicalScore", politicalScore)))
          .containsOnly(entry("needsIndividualReview", needed), entry("reviewReason", reason));
    }

    @Test
    void scoreJustBelow80_needsIndividualReview() {
      assertReview(79.99, true, "政治素质测评低于80分，需个别了解并提出整改要求");
    }

    @Test
    void scoreOfExactly80_needsNoReview() {
      assertReview(80.0, false, "政治素质测评不低于80分，无需个别了解");
    }

    @Test
    void scoreBelow90ButNot80_needsNoReview() {
      assertReview(85.0, false, "政治素质测评不低于80分，无需个别了解");
    }

    @Test
    void missingScore_needsNoReview() {
      assertReview(null, false, "未进行政治素质测评，无需个别了解");
    }
  }

  @Nested
  class TeamGradeProposal {

    private VariableMap team(double good, double fairlyGood, double average, double poor) {
      return Variables.createVariables().putValue("vetoItem", false)
          .putValue("goodShare", good).putValue("fairlyGoodShare", fairlyGood)
          .putValue("averageShare", average).putValue("poorShare", poor);
    }

    private void assertTeamProposal(VariableMap team, String grade, String reason) {
      assertThat(outputs("TeamGradeProposal", team)).containsOnly(entry("proposedTeamGrade", grade), entry("proposalReason", reason));
    }

    @Test
    void vetoItem_isPoor_evenWithAllVotesGood() {
      assertTeamProposal(team(1.0, 0, 0, 0).putValue("vetoItem", true), "POOR", "存在一票否决事项，评为差");
    }

    @Test
    void poorVotesOverOneThird_isPoor() {
      assertTeamProposal(team(0.6, 0, 0, 0.4), "POOR", "“差”票超过三分之一，评为差");
    }

    @Test
    void poorVotesOfExactlyOneThird_areNotOverOneThird() {
      assertTeamProposal(team(share(10, 30), share(10, 30), 0, share(10, 30)), "FAIRLY_GOOD", "未达到评为好的条件，评为较好");
    }

    @Test
    void averageAndPoorVotesOverOneThird_isAverage() {
      assertTeamProposal(team(0.5, 0.1, 0.2, 0.2), "AVERAGE", "“一般”和“差”票合计超过三分之一，评为一般");
    }

    @Test
    void averageAndPoorVotesOfExactlyOneThird_areNotOverOneThird_thoughTheDoublesAddUpToMore() {
      assertThat(unroundedSum(share(1, 18), share(5, 18))).isGreaterThan(1.0 / 3);
      assertTeamProposal(team(share(12, 18), 0, share(1, 18), share(5, 18)), "GOOD", "“好”票占比达到50%，评为好");
    }

    @Test
    void missingPoorShare_countsAsNoPoorVotes_inTheSum() {
      assertTeamProposal(team(0.6, 0, 0.4, 0).putValue("poorShare", null), "AVERAGE", "“一般”和“差”票合计超过三分之一，评为一般");
    }

    @Test
    void goodVotesOfExactlyHalf_isGood() {
      assertTeamProposal(team(0.5, 0.3, 0.2, 0), "GOOD", "“好”票占比达到50%，评为好");
    }

    @Test
    void goodVotesJustBelowHalf_isFairlyGood() {
      assertTeamProposal(team(0.49, 0.31, 0.2, 0), "FAIRLY_GOOD", "未达到评为好的条件，评为较好");
    }
  }

  @Nested
  class CadreGradeCap {

    @ParameterizedTest(name = "team {0} → cadres at most {1}")
    @CsvSource({"GOOD, EXCELLENT", "FAIRLY_GOOD, EXCELLENT", "AVERAGE, COMPETENT", "POOR, COMPETENT"})
    void teamGrade_capsItsCadresGrade(String teamGrade, String maxCadreGrade) {
      assertThat(outputs("CadreGradeCap", Variables.createVariables().putValue("teamGrade", teamGrade)))
          .containsOnly(entry("maxCadreGrade", maxCadreGrade));
    }

    @Test
    void unknownTeamGrade_givesNoCap() {
      assertThat(evaluate("CadreGradeCap", Variables.createVariables().putValue("teamGrade", "EXCELLENT"))).isEmpty();
    }
  }

  /**
   * The file deployed into a real Camunda engine (src/test/resources/camunda.cfg.xml). That engine
   * records path coverage, so running a process needs the coverage extension.
   */
  @Nested
  @ExtendWith(ProcessEngineCoverageExtension.class)
  class InACamundaEngine {

    ProcessEngine engine;
    private RepositoryService repositoryService;
    private DecisionService decisionService;
    private RuntimeService runtimeService;

    @BeforeEach
    void services() {
      repositoryService = engine.getRepositoryService();
      decisionService = engine.getDecisionService();
      runtimeService = engine.getRuntimeService();
    }

    @Test
    @Deployment(resources = RESOURCE)
    void camundaAcceptsTheFile_everyDecisionKeptFiveYearsInHistory() {
      List<DecisionDefinition> deployed = repositoryService.createDecisionDefinitionQuery().list();

      assertThat(deployed).extracting(DecisionDefinition::getKey)
          .containsExactlyInAnyOrder("GradeProposal", "PoliticalReview", "TeamGradeProposal", "CadreGradeCap");
      assertThat(deployed).extracting(DecisionDefinition::getHistoryTimeToLive).containsOnly(1825);
    }

    @Test
    @Deployment(resources = RESOURCE)
    void decisionService_evaluatesTheDeployedTables_withTypedVariables() {
      VariableMap cadre = Variables.createVariables()
          .putValue("underInvestigation", Boolean.FALSE)
          .putValue("vetoItem", Boolean.FALSE)
          .putValueTyped("politicalScore", Variables.doubleValue(null))
          .putValue("excellentShare", 0.9)
          .putValue("basicShare", 0.0)
          .putValue("incompetentShare", 0.0)
          .putValue("gradeAffectingItems", 0);

      Map<String, Object> proposal = decisionService.evaluateDecisionTableByKey("GradeProposal", cadre).getSingleResult().getEntryMap();
      Map<String, Object> review = decisionService.evaluateDecisionByKey("PoliticalReview").variables(cadre).evaluate().getSingleResult().getEntryMap();
      String cap = decisionService.evaluateDecisionByKey("CadreGradeCap")
          .variables(Variables.createVariables().putValue("teamGrade", "AVERAGE")).evaluate().getSingleEntry();

      assertThat(proposal).containsOnly(entry("proposedGrade", "COMPETENT"), entry("proposalReason", "未进行政治素质测评，不能评为优秀"));
      assertThat(review).containsEntry("needsIndividualReview", false);
      assertThat(cap).isEqualTo("COMPETENT");
    }

    @Test
    @Deployment(resources = RESOURCE)
    void businessRuleTask_getsTheProposalAsAMap() {
      BpmnModelInstance probe = Bpmn.createExecutableProcess("GradeProposalProbe").camundaHistoryTimeToLive(1)
          .startEvent()
          .businessRuleTask("Task_ProposeTeamGrade").camundaDecisionRef("TeamGradeProposal")
          .camundaMapDecisionResult("singleResult").camundaResultVariable("teamProposal")
          .userTask("Task_Inspect")
          .endEvent().done();
      String deploymentId = repositoryService.createDeployment().addModelInstance("probe.bpmn", probe).deploy().getId();
      try {
        ProcessInstance pi = runtimeService.startProcessInstanceByKey("GradeProposalProbe", Variables.createVariables()
            .putValue("vetoItem", false).putValue("goodShare", 0.7).putValue("fairlyGoodShare", 0.2)
            .putValue("averageShare", 0.1).putValue("poorShare", 0.0));

        assertThat(runtimeService.getVariable(pi.getId(), "teamProposal"))
            .isEqualTo(Map.of("proposedTeamGrade", "GOOD", "proposalReason", "“好”票占比达到50%，评为好"));
      } finally {
        repositoryService.deleteDeployment(deploymentId, true);
      }
    }
  }
}
