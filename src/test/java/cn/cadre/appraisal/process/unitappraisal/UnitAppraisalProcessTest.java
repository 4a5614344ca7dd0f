package cn.cadre.appraisal.process.unitappraisal;

import static cn.cadre.appraisal.process.unitappraisal.UnitAppraisalProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every path of processes/unit-appraisal.bpmn, with delegates and listeners replaced by recorders and
 * the messages the application sends (a report reviewed, the tally sheet submitted, the offices'
 * lists returned) sent as the adapters send them.
 */
@ExtendWith(ProcessEngineCoverageExtension.class)
@Deployment(resources = {"processes/unit-appraisal.bpmn", "forms/self-report.form", "forms/review-self-reports.form",
    "forms/team-summary-report.form", "forms/interviews.form", "forms/team-analysis.form",
    "forms/comprehensive-analysis.form"})
class UnitAppraisalProcessTest {

  private static final String PRINCIPAL = "c1";
  private static final String DEPUTY = "c2";
  private static final List<String> TEAM = List.of("m1", "m2");

  ProcessEngine engine;
  private List<String> cadres = List.of(PRINCIPAL);
  private boolean byBallot;
  private boolean listsReturned;
  private final List<String> recorded = new ArrayList<>();

  @BeforeEach
  void recordDelegates() {
    init(engine);
    Mocks.register("prepareUnitAppraisalDelegate", (JavaDelegate) execution -> {
      Map<String, String> names = new LinkedHashMap<>();
      cadres.forEach(c -> names.put(c, "干部" + c));
      execution.setVariable(VAR_UNIT_NAME, "测试局");
      execution.setVariable(VAR_CADRE_USER_IDS, new ArrayList<>(cadres));
      execution.setVariable(VAR_CADRE_NAMES, names);
      execution.setVariable(VAR_APPRAISAL_TEAM_MEMBERS, new ArrayList<>(TEAM));
      execution.setVariable(VAR_TEAM_PRINCIPAL_USER_ID, PRINCIPAL);
      execution.setVariable(VAR_EVALUATION_BY_BALLOT, byBallot);
      execution.setVariable(VAR_BALLOT_WINDOW_ENDS_AT, byBallot ? java.util.Date.from(java.time.Instant.now().plusSeconds(86400)) : null);
      execution.setVariable(VAR_NEGATIVE_LISTS_RETURNED, listsReturned);
    });
    Mocks.register("closeBallotWindowDelegate", (JavaDelegate) execution -> recorded.add("ballots counted"));
    Mocks.register("fileSelfReportDelegate", (JavaDelegate) execution ->
        recorded.add("filed " + execution.getVariable(VAR_CADRE_USER_ID) + ":" + execution.getVariable(VAR_REPORT_TEXT)));
    Mocks.register("sendSelfReportReceiptDelegate", (JavaDelegate) execution ->
        recorded.add("receipt " + execution.getVariable(VAR_CADRE_USER_ID)));
    Mocks.register("proposeTeamGradeDelegate", (JavaDelegate) execution ->
        execution.setVariable("decisionTeamGrade", "GOOD"));
    Mocks.register("proposeGradeDelegate", (JavaDelegate) execution ->
        execution.setVariableLocal("decisionGrade", "COMPETENT"));
    for (String listener : List.of("teamSummaryReportListener", "interviewsListener", "reviewSelfReportsListener",
        "teamAnalysisListener", "comprehensiveAnalysisListener")) {
      Mocks.register(listener, (TaskListener) task -> recorded.add(listener + " " + task.getTaskDefinitionKey()
          + " " + task.getVariable(VAR_CADRE_USER_ID) + " " + firstValue(task.getVariables())));
    }
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
  }

  @Test
  void unitAppraisal_fromReportsThroughFindings_toGradeProposals() {
    ProcessInstance pi = start();
    assertThat(candidateTask(TASK_REVIEW_SELF_REPORTS)).hasName("审核述职报告：测试局");

    complete(assigned(PRINCIPAL, TASK_TEAM_SUMMARY_REPORT), withVariables("teamReportText", "班子总结"));
    acceptSelfReport(PRINCIPAL, "全年履职尽责。");
    runDueJobs(); // the sub-process ends asynchronously
    assertThat(pi).as("the unit's reviews, interviews, tallies and the offices' lists are still out")
        .isWaitingAt(TASK_REVIEW_SELF_REPORTS, TASK_INTERVIEWS, MESSAGE_EVENT_TALLY_SHEET_SUBMITTED,
            MESSAGE_EVENT_NEGATIVE_LISTS_RETURNED);

    complete(candidateTask(TASK_REVIEW_SELF_REPORTS));
    complete(candidateTask(TASK_INTERVIEWS));
    tallySheetSubmitted();
    runDueJobs();
    assertThat(pi).as("analysis waits for the offices' negative lists").isWaitingAt(MESSAGE_EVENT_NEGATIVE_LISTS_RETURNED)
        .isNotWaitingAt(TASK_TEAM_ANALYSIS);

    listsReturned();
    runDueJobs();
    Task teamAnalysis = candidateTask(TASK_TEAM_ANALYSIS);
    assertThat(runtimeService().getVariable(pi.getId(), "decisionTeamGrade")).isEqualTo("GOOD");
    complete(teamAnalysis, withVariables("proposedTeamGrade", "GOOD", "problems", "", "suggestions", ""));

    Task analysis = candidateTask(TASK_COMPREHENSIVE_ANALYSIS);
    assertThat(analysis.getName()).as("the cadre and the unit, for Tasklist's list and search")
        .startsWith("综合分析研判：").endsWith("（测试局）");
    assertThat(runtimeService().getVariable(analysis.getExecutionId(), "decisionGrade")).isEqualTo("COMPETENT");
    complete(analysis, withVariables("proposedGrade", "COMPETENT", "problems", "学习不够深入"));
    runDueJobs();

    assertThat(pi).isEnded().hasPassedInOrder(START_EVENT_UNIT_APPRAISAL_STARTED, TASK_PREPARE_UNIT_APPRAISAL,
        TASK_SELF_REPORT, MESSAGE_EVENT_SELF_REPORT_REVIEWED, TASK_FILE_SELF_REPORT, TASK_SEND_SELF_REPORT_RECEIPT,
        END_EVENT_CADRE_FINDINGS_COMPLETE, TASK_PROPOSE_TEAM_GRADE, TASK_TEAM_ANALYSIS,
        TASK_PROPOSE_GRADE, TASK_COMPREHENSIVE_ANALYSIS, END_EVENT_UNIT_ANALYSED);
    assertThat(pi).hasPassed(TASK_TEAM_SUMMARY_REPORT, TASK_REVIEW_SELF_REPORTS, TASK_INTERVIEWS, GATEWAY_BALLOT_MODE,
        MESSAGE_EVENT_TALLY_SHEET_SUBMITTED, GATEWAY_NEGATIVE_LISTS_RETURNED, MESSAGE_EVENT_NEGATIVE_LISTS_RETURNED);
    assertThat(recorded).contains("filed c1:全年履职尽责。", "receipt c1",
        "comprehensiveAnalysisListener Task_ComprehensiveAnalysis c1 COMPETENT");
  }

  @Test
  void cadreReportReturned_goesBackToTheCadreWithTheComment() {
    cadres = List.of(PRINCIPAL, DEPUTY);
    ProcessInstance pi = start();
    complete(assigned(PRINCIPAL, TASK_SELF_REPORT), withVariables(VAR_REPORT_TEXT, "初稿"));
    complete(assigned(DEPUTY, TASK_SELF_REPORT), withVariables(VAR_REPORT_TEXT, "副职报告"));
    review(PRINCIPAL, REVIEW_RETURNED, "请补充廉洁自律情况");

    Task again = assigned(PRINCIPAL, TASK_SELF_REPORT);
    assertThat(runtimeService().getVariable(again.getExecutionId(), VAR_REVIEW_COMMENT)).isEqualTo("请补充廉洁自律情况");
    assertThat(assigned(DEPUTY, TASK_SELF_REPORT)).as("only the returned report goes back").isNull();
    assertThat(runtimeService().getVariable(awaitingReview(DEPUTY).getId(), VAR_REVIEW_COMMENT))
        .as("the deputy's report keeps its own (empty) review").isNull();
    assertThat(recorded).noneMatch(r -> r.startsWith("filed"));

    complete(again, withVariables(VAR_REPORT_TEXT, "修改稿：补充了廉洁自律情况。"));
    review(PRINCIPAL, REVIEW_ACCEPTED, "");

    assertThat(pi).isWaitingAt(TASK_TEAM_SUMMARY_REPORT, TASK_REVIEW_SELF_REPORTS, TASK_INTERVIEWS,
        MESSAGE_EVENT_SELF_REPORT_REVIEWED, MESSAGE_EVENT_NEGATIVE_LISTS_RETURNED);
    assertThat(recorded).containsOnlyOnce("filed c1:修改稿：补充了廉洁自律情况。");
  }

  @Test
  void eachCadreIsAppraisedSeparately_andTasksGoOnlyToTheRightPeople() {
    cadres = List.of(PRINCIPAL, DEPUTY);
    ProcessInstance pi = start();
    acceptSelfReport(DEPUTY, "副职报告");
    acceptSelfReport(PRINCIPAL, "正职报告");

    Task interviews = taskQuery().taskDefinitionKey(TASK_INTERVIEWS).singleResult();
    assertThat(interviews).as("one interview task for the unit").hasName("个别谈话：测试局").hasCandidateUser("m1")
        .hasCandidateUser("m2");
    assertThat(taskQuery().taskId(interviews.getId()).taskCandidateGroup("appraisal-team").count())
        .as("only the members sent to this unit, not the whole appraisal-team group").isZero();
    assertThat(taskQuery().taskDefinitionKey(TASK_REVIEW_SELF_REPORTS).count()).as("one review task for the unit").isEqualTo(1);
    assertThat(taskQuery().taskCandidateGroup("org-dept").count()).as("no tally form per cadre").isZero();
    assertThat(taskQuery().taskCandidateGroup("audit").count()).as("offices return one list per round, elsewhere").isZero();

    complete(assigned(PRINCIPAL, TASK_TEAM_SUMMARY_REPORT), withVariables("teamReportText", "班子总结"));
    complete(candidateTask(TASK_REVIEW_SELF_REPORTS));
    complete(interviews);
    tallySheetSubmitted();
    listsReturned();
    assertThat(pi).as("the stages join asynchronously").isNotWaitingAt(TASK_TEAM_ANALYSIS);
    runDueJobs();

    assertThat(recorded).contains("filed c1:正职报告", "filed c2:副职报告", "interviewsListener Task_Interviews null 班子总结");
    assertThat(pi).isWaitingAt(TASK_TEAM_ANALYSIS);
  }

  @Test
  void listsReturnedBeforeTheUnitStarted_theUnitDoesNotWaitForTheMessage() {
    listsReturned = true;
    ProcessInstance pi = start();
    assertThat(pi).hasPassed(GATEWAY_NEGATIVE_LISTS_RETURNED).isNotWaitingAt(MESSAGE_EVENT_NEGATIVE_LISTS_RETURNED);
    complete(assigned(PRINCIPAL, TASK_TEAM_SUMMARY_REPORT), withVariables("teamReportText", "班子总结"));
    acceptSelfReport(PRINCIPAL, "报告");
    complete(candidateTask(TASK_REVIEW_SELF_REPORTS));
    complete(candidateTask(TASK_INTERVIEWS));
    tallySheetSubmitted();
    runDueJobs();

    assertThat(pi).isWaitingAt(TASK_TEAM_ANALYSIS).hasNotPassed(MESSAGE_EVENT_NEGATIVE_LISTS_RETURNED);
  }

  @Test
  void messagesOfAnotherRoundOrUnit_doNotReleaseThisUnit() {
    ProcessInstance pi = start();
    runtimeService().createMessageCorrelation(MESSAGE_NEGATIVE_LISTS_RETURNED)
        .processInstanceVariableEquals(VAR_CAMPAIGN_ID, 2L).correlateAll();
    runtimeService().createMessageCorrelation(MESSAGE_TALLY_SHEET_SUBMITTED)
        .processInstanceVariableEquals(VAR_CAMPAIGN_ID, 1L).processInstanceVariableEquals(VAR_UNIT_CODE, "other")
        .correlateAll();
    assertThat(pi).isWaitingAt(MESSAGE_EVENT_NEGATIVE_LISTS_RETURNED, MESSAGE_EVENT_TALLY_SHEET_SUBMITTED);
  }

  @Test
  void byBallot_orgDeptClosesTheWindow_ballotsAreCounted_andNoTallyIsTyped() {
    byBallot = true;
    listsReturned = true;
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt(EVENT_GATEWAY_BALLOT_WINDOW).isNotWaitingAt(MESSAGE_EVENT_TALLY_SHEET_SUBMITTED);
    complete(assigned(PRINCIPAL, TASK_TEAM_SUMMARY_REPORT), withVariables("teamReportText", "班子总结"));
    acceptSelfReport(PRINCIPAL, "报告");
    complete(candidateTask(TASK_REVIEW_SELF_REPORTS));
    complete(candidateTask(TASK_INTERVIEWS));
    runDueJobs();
    assertThat(pi).as("the unit waits for its ballot window").isNotWaitingAt(TASK_TEAM_ANALYSIS);

    runtimeService().createMessageCorrelation(MESSAGE_BALLOTS_CLOSED).processInstanceBusinessKey("2026-ANNUAL/unit-test")
        .correlateAll();
    runDueJobs();

    assertThat(recorded).contains("ballots counted");
    assertThat(pi).hasPassed(GATEWAY_BALLOT_MODE, MESSAGE_EVENT_BALLOTS_CLOSED, TASK_CLOSE_BALLOT_WINDOW,
        TASK_PROPOSE_TEAM_GRADE).hasNotPassed(MESSAGE_EVENT_TALLY_SHEET_SUBMITTED, TIMER_EVENT_BALLOT_WINDOW_ENDS);
    assertThat(candidateTask(TASK_TEAM_ANALYSIS)).isNotNull();
  }

  @Test
  void byBallot_theWindowClosesAtItsDeadline() {
    byBallot = true;
    listsReturned = true;
    ProcessInstance pi = start();
    var timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isAfter(java.util.Date.from(java.time.Instant.now()));
    engine.getManagementService().executeJob(timer.getId());
    runDueJobs();

    assertThat(pi).hasPassed(TIMER_EVENT_BALLOT_WINDOW_ENDS, TASK_CLOSE_BALLOT_WINDOW).hasNotPassed(MESSAGE_EVENT_BALLOTS_CLOSED);
    assertThat(recorded).contains("ballots counted");
  }

  private ProcessInstance start() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, "2026-ANNUAL/unit-test",
        Variables.createVariables().putValue(VAR_CAMPAIGN_ID, 1L).putValue(VAR_UNIT_CODE, "test").putValue(VAR_YEAR, 2026));
    assertThat(pi).isStarted().isWaitingAt(TASK_TEAM_SUMMARY_REPORT, TASK_SELF_REPORT, TASK_REVIEW_SELF_REPORTS);
    return pi;
  }

  private void acceptSelfReport(String cadre, String text) {
    complete(assigned(cadre, TASK_SELF_REPORT), withVariables(VAR_REPORT_TEXT, text));
    review(cadre, REVIEW_ACCEPTED, "同意");
  }

  /** What SelfReportReviewAdapter does: the decision reaches the cadre's waiting sub-process. */
  private void review(String cadre, String decision, String comment) {
    runtimeService().messageEventReceived(MESSAGE_SELF_REPORT_REVIEWED, awaitingReview(cadre).getId(),
        Map.of(VAR_REVIEW_DECISION, decision, VAR_REVIEW_COMMENT, comment));
  }

  private static Execution awaitingReview(String cadre) {
    return runtimeService().createExecutionQuery().activityId(MESSAGE_EVENT_SELF_REPORT_REVIEWED).list().stream()
        .filter(e -> cadre.equals(runtimeService().getVariable(e.getId(), VAR_CADRE_USER_ID))).findFirst().orElseThrow();
  }

  /** What TallySheetAdapter does when org-dept submits the unit's sheet. */
  private static void tallySheetSubmitted() {
    runtimeService().createMessageCorrelation(MESSAGE_TALLY_SHEET_SUBMITTED)
        .processInstanceVariableEquals(VAR_CAMPAIGN_ID, 1L).processInstanceVariableEquals(VAR_UNIT_CODE, "test")
        .correlate();
  }

  /** What the round does when the last office returns its list (NegativeListsReturnedDelegate). */
  private static void listsReturned() {
    runtimeService().createMessageCorrelation(MESSAGE_NEGATIVE_LISTS_RETURNED)
        .processInstanceVariableEquals(VAR_CAMPAIGN_ID, 1L).correlateAll();
  }

  /** What the job executor would do: run every due job until none is left. */
  private void runDueJobs() {
    var management = engine.getManagementService();
    for (int round = 0; round < 50 && management.createJobQuery().executable().count() > 0; round++) {
      management.createJobQuery().executable().list().forEach(job -> management.executeJob(job.getId()));
    }
  }

  private static Task assigned(String user, String definitionKey) {
    return taskQuery().taskAssignee(user).taskDefinitionKey(definitionKey).singleResult();
  }

  private static Task candidateTask(String definitionKey) {
    Task task = taskQuery().taskCandidateUser("m2").taskDefinitionKey(definitionKey).singleResult();
    assertThat(task).as("%s for appraisal-team member m2", definitionKey).isNotNull();
    return task;
  }

  private static Object firstValue(Map<String, Object> variables) {
    for (String key : List.of("proposedGrade", "interviewFindings", "proposedTeamGrade", "teamReportText")) {
      if (variables.get(key) != null) {
        return variables.get(key);
      }
    }
    return null;
  }
}
