package cn.cadre.appraisal.process.campaign;

import cn.cadre.appraisal.process.JsonVariables;
import static cn.cadre.appraisal.process.campaign.CampaignProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
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
 * Every path of processes/appraisal-campaign.bpmn, with the unit appraisal stubbed and delegates
 * and listeners replaced by recorders.
 */
@ExtendWith(ProcessEngineCoverageExtension.class)
@Deployment(resources = {"processes/appraisal-campaign.bpmn", "stubs/unit-appraisal-stub.bpmn",
    "forms/negative-list.form", "forms/enter-tallies.form", "forms/calibration.form", "forms/approval.form", "forms/comprehensive-analysis.form", "forms/resolve-objection.form"})
class CampaignProcessTest {

  ProcessEngine engine;
  private final List<String> recorded = new ArrayList<>();

  @BeforeEach
  void recordDelegates() {
    init(engine);
    for (String delegate : List.of("prepareCalibrationDelegate", "proposeGradeDelegate", "finaliseGradesDelegate",
        "closeRoundDelegate")) {
      Mocks.register(delegate, (JavaDelegate) execution -> recorded.add(delegate));
    }
    // the two per-unit steps record the unit they ran for
    for (String delegate : List.of("sendFeedbackDelegate", "openResultApplicationDelegate")) {
      Mocks.register(delegate, (JavaDelegate) execution -> recorded.add(delegate + " " + execution.getVariable("unitCode")));
    }
    Mocks.register("publishNoticeDelegate", (JavaDelegate) execution -> {
      recorded.add("publishNoticeDelegate");
      execution.setVariable(VAR_NOTICE_ENDS_AT, Date.from(Instant.now().plus(7, ChronoUnit.DAYS)));
    });
    Mocks.register("approvalListener", (TaskListener) task -> {
      if (SEND_BACK.equals(task.getVariable(VAR_APPROVAL_DECISION))) {
        task.getExecution().setVariable(VAR_SENT_BACK_CADRE_USER_IDS, JsonVariables.list(List.of("c1", "c2")));
        task.getExecution().setVariable(VAR_SENT_BACK_CADRE_NAMES, JsonVariables.map(Map.of("c1", "干部一", "c2", "干部二")));
        task.getExecution().setVariable(VAR_SENT_BACK_UNIT_NAMES, JsonVariables.map(Map.of("c1", "教育局", "c2", "财政局")));
        task.getExecution().setVariable(VAR_SENT_BACK_TEAMS,
            JsonVariables.map(Map.of("c1", List.of("m1"), "c2", List.of("m2"))));
      }
    });
    Mocks.register("negativeListsReturnedDelegate", (JavaDelegate) execution -> recorded.add("negativeListsReturnedDelegate"));
    for (String listener : List.of("negativeListListener", "talliesListener", "calibrationListener", "comprehensiveAnalysisListener",
        "objectionListener")) {
      Mocks.register(listener, (TaskListener) task -> recorded.add(listener + " " + task.getTaskDefinitionKey()));
    }
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
  }

  @Test
  void approvedRound_isPublicised_thenFinalAndFedBack() {
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt(TASK_CALIBRATION);
    assertThat(task()).hasCandidateGroup("org-dept");
    complete(task());
    assertThat(task()).hasDefinitionKey(TASK_APPROVAL).hasCandidateGroup("party-committee");
    complete(task(), withVariables(VAR_APPROVAL_DECISION, APPROVE));

    assertThat(pi).isWaitingAt(TIMER_EVENT_PUBLIC_NOTICE_ENDS);
    execute(job());
    // one job per unit for its notices: no job grows with the province
    assertThat(pi).isWaitingAt(TASK_SEND_FEEDBACK);
    assertThat(jobsAt(TASK_SEND_FEEDBACK)).hasSize(2);
    execute(jobsAt(TASK_SEND_FEEDBACK).get(0));
    // the unit's result application opens in a job of its own, so a failure there does not send its feedback again
    assertThat(jobsAt(TASK_OPEN_RESULT_APPLICATION)).hasSize(1);
    assertThat(jobsAt(TASK_SEND_FEEDBACK)).hasSize(1);
    runDueJobs();

    assertThat(pi).isEnded().hasPassedInOrder(START_EVENT_ROUND_OPENED, CALL_ACTIVITY_UNIT_APPRAISAL,
        GATEWAY_ROUND_STAGES_DONE, TASK_PREPARE_CALIBRATION, TASK_CALIBRATION, TASK_APPROVAL, GATEWAY_GRADES_APPROVED, TASK_PUBLISH_NOTICE,
        TIMER_EVENT_PUBLIC_NOTICE_ENDS, TASK_FINALISE_GRADES, TASK_SEND_FEEDBACK,
        TASK_OPEN_RESULT_APPLICATION, SUB_PROCESS_UNIT_RESULTS, TASK_CLOSE_ROUND, END_EVENT_ROUND_CLOSED);
    assertThat(recorded).containsSubsequence("prepareCalibrationDelegate", "calibrationListener Task_Calibration",
        "publishNoticeDelegate", "finaliseGradesDelegate", "sendFeedbackDelegate edu", "openResultApplicationDelegate edu",
        "closeRoundDelegate");
    assertThat(recorded).containsSubsequence("sendFeedbackDelegate fin", "openResultApplicationDelegate fin", "closeRoundDelegate");
    assertThat(recorded).filteredOn(r -> r.startsWith("sendFeedbackDelegate") || r.startsWith("closeRoundDelegate")).hasSize(3);
  }

  @Test
  void aUnitWhoseNoticesFail_holdsOnlyItself_andTheRoundClosesOnceItIsRetried() {
    Mocks.register("sendFeedbackDelegate", (JavaDelegate) execution -> {
      if ("fin".equals(execution.getVariable("unitCode")) && recorded.stream().noneMatch("fixed"::equals)) {
        throw new IllegalStateException("印发机关未设置");
      }
      recorded.add("sendFeedbackDelegate " + execution.getVariable("unitCode"));
    });
    ProcessInstance pi = start();
    complete(task());
    complete(task(), withVariables(VAR_APPROVAL_DECISION, APPROVE));
    execute(job());
    var management = org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService();
    for (var job : jobsAt(TASK_SEND_FEEDBACK)) {
      management.setJobRetries(job.getId(), 1); // its first failure is an incident
    }
    for (var job : jobsAt(TASK_SEND_FEEDBACK)) {
      try {
        management.executeJob(job.getId());
      } catch (IllegalStateException failed) {
        assertThat(failed).hasMessage("印发机关未设置");
      }
    }
    runDueJobs();

    // edu's notices and result application went ahead; fin's job is an incident, and the round waits for it
    assertThat(recorded).contains("sendFeedbackDelegate edu", "openResultApplicationDelegate edu")
        .doesNotContain("sendFeedbackDelegate fin", "closeRoundDelegate");
    assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).list())
        .extracting(org.camunda.bpm.engine.runtime.Incident::getActivityId).containsExactly(TASK_SEND_FEEDBACK);
    assertThat(pi).isNotEnded();

    recorded.add("fixed");
    management.setJobRetries(jobsAt(TASK_SEND_FEEDBACK).get(0).getId(), 1);
    runDueJobs();
    assertThat(pi).isEnded();
    assertThat(recorded).filteredOn(r -> r.startsWith("sendFeedbackDelegate edu")).as("edu's notices not sent again").hasSize(1);
    assertThat(recorded).containsSubsequence("sendFeedbackDelegate fin", "openResultApplicationDelegate fin", "closeRoundDelegate");
  }

  @Test
  void eachOfficeReturnsOneListForTheRound_andTheUnitsAreToldWhenAllAreIn() {
    ProcessInstance pi = startWithoutLists();
    List<Task> lists = taskQuery().taskDefinitionKey(TASK_NEGATIVE_LIST).orderByTaskName().asc().list();
    assertThat(lists).extracting(Task::getName)
        .containsExactlyInAnyOrder("报送负面清单：纪检监察（2026年度考核）", "报送负面清单：统计（2026年度考核）");
    Task statistics = taskQuery().taskDefinitionKey(TASK_NEGATIVE_LIST).taskCandidateGroup("statistics").singleResult();
    assertThat(statistics).hasName("报送负面清单：统计（2026年度考核）");
    assertThat(taskQuery().taskId(statistics.getId()).taskCandidateGroup("discipline").count()).isZero();

    complete(statistics, withVariables(VAR_CONFIRM_ALL_CLEAR, true));
    runDueJobs();
    assertThat(pi).as("one office still out").isWaitingAt(TASK_NEGATIVE_LIST).isNotWaitingAt(TASK_CALIBRATION);
    assertThat(recorded).doesNotContain("negativeListsReturnedDelegate");

    complete(taskQuery().taskDefinitionKey(TASK_NEGATIVE_LIST).singleResult(), withVariables(VAR_CONFIRM_ALL_CLEAR, true));
    runDueJobs();
    assertThat(recorded).containsSubsequence("negativeListListener Task_NegativeList", "negativeListListener Task_NegativeList",
        "negativeListsReturnedDelegate", "prepareCalibrationDelegate");
    assertThat(pi).isWaitingAt(TASK_CALIBRATION).hasPassedInOrder(GATEWAY_OPEN_ROUND, TASK_NEGATIVE_LIST,
        TASK_NEGATIVE_LISTS_RETURNED, GATEWAY_ROUND_STAGES_DONE, TASK_PREPARE_CALIBRATION);
  }

  @Test
  void byTallies_orgDeptHasOneTaskForTheRoundsSheets_beforeCalibration() {
    ProcessInstance pi = startWithoutLists(false);
    taskQuery().taskDefinitionKey(TASK_NEGATIVE_LIST).list()
        .forEach(list -> complete(list, withVariables(VAR_CONFIRM_ALL_CLEAR, true)));
    runDueJobs();
    Task tallies = taskQuery().taskDefinitionKey(TASK_ENTER_TALLIES).singleResult();
    assertThat(tallies).hasCandidateGroup("org-dept").hasName("录入民主测评结果：2026年度考核");
    assertThat(pi).isNotWaitingAt(TASK_CALIBRATION);

    complete(tallies);
    runDueJobs();
    assertThat(pi).isWaitingAt(TASK_CALIBRATION).hasPassed(GATEWAY_TALLY_MODE, TASK_ENTER_TALLIES);
    assertThat(recorded).contains("talliesListener Task_EnterTallies");
  }

  @Test
  void unitsAreAppraisedInParallel_eachUnderItsOwnBusinessKey() {
    ProcessInstance pi = start();
    assertThat(pi).hasPassed(CALL_ACTIVITY_UNIT_APPRAISAL);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("UnitAppraisalProcess")
        .list()).extracting(h -> h.getBusinessKey())
        .containsExactlyInAnyOrder("2026-ANNUAL/unit-edu", "2026-ANNUAL/unit-fin");
  }

  @Test
  void sentBackCadres_areReanalysedByTheirOwnTeams_thenCalibratedAgain() {
    ProcessInstance pi = start();
    complete(task());
    complete(task(), withVariables(VAR_APPROVAL_DECISION, SEND_BACK, "sendBackCadres", "c1,c2", "approvalReason", "群众意见较大"));

    assertThat(pi).isWaitingAt(TASK_REANALYSIS);
    Task first = taskQuery().taskDefinitionKey(TASK_REANALYSIS).taskName("重新研判：干部一（教育局）").singleResult();
    assertThat(first).hasCandidateUser("m1");
    assertThat(taskQuery().taskId(first.getId()).taskCandidateUser("m2").count()).isZero();
    complete(first);
    complete(taskQuery().taskDefinitionKey(TASK_REANALYSIS).taskName("重新研判：干部二（财政局）").singleResult());
    runDueJobs();

    assertThat(pi).isWaitingAt(TASK_CALIBRATION);
    complete(task());
    complete(task(), withVariables(VAR_APPROVAL_DECISION, APPROVE));
    assertThat(pi).isWaitingAt(TIMER_EVENT_PUBLIC_NOTICE_ENDS);
    assertThat(recorded.stream().filter("prepareCalibrationDelegate"::equals)).hasSize(2);
    assertThat(recorded.stream().filter("proposeGradeDelegate"::equals)).hasSize(2);
  }

  @Test
  void objectionDuringPublicNotice_mustBeResolvedBeforeGradesBecomeFinal() {
    ProcessInstance pi = start();
    complete(task());
    complete(task(), withVariables(VAR_APPROVAL_DECISION, APPROVE));

    runtimeService().createMessageCorrelation(MESSAGE_OBJECTION_LODGED).processInstanceId(pi.getId())
        .setVariableLocal(VAR_OBJECTION_CADRE_USER_ID, "c1").setVariableLocal(VAR_OBJECTION_CADRE_NAME, "干部一")
        .setVariableLocal(VAR_OBJECTION_UNIT_NAME, "教育局")
        .setVariableLocal(VAR_OBJECTION_TEXT, "反映该同志工作作风问题").correlate();
    Task objection = taskQuery().taskDefinitionKey(TASK_RESOLVE_OBJECTION).singleResult();
    assertThat(objection).hasCandidateGroup("org-dept").hasName("处理公示异议：干部一（教育局）");

    execute(job()); // the window closes while the objection is still open
    assertThat(pi).isWaitingAt(TASK_RESOLVE_OBJECTION).isNotEnded();
    assertThat(recorded).doesNotContain("finaliseGradesDelegate");

    complete(objection, withVariables("objectionResolution", "rejected", "resolutionNote", "经核实，反映问题不属实"));
    execute(job()); // the resolved objection ends asynchronously, then the notice period closes
    assertThat(pi).isWaitingAt(TASK_SEND_FEEDBACK);
    assertThat(recorded).contains("objectionListener Task_ResolveObjection", "finaliseGradesDelegate");
  }

  private static List<org.camunda.bpm.engine.runtime.Job> jobsAt(String activityId) {
    return org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService().createJobQuery()
        .activityId(activityId).orderByJobId().asc().list();
  }

  /** What the job executor would do: run every due job (not future timers) until none is left. */
  private static void runDueJobs() {
    var management = org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService();
    for (int round = 0; round < 50 && management.createJobQuery().executable().count() > 0; round++) {
      management.createJobQuery().executable().list().forEach(job -> management.executeJob(job.getId()));
    }
  }

  /** A round by ballot whose offices have returned their lists, at calibration. */
  private static ProcessInstance start() {
    ProcessInstance pi = startWithoutLists(true);
    taskQuery().taskDefinitionKey(TASK_NEGATIVE_LIST).list()
        .forEach(list -> complete(list, withVariables(VAR_CONFIRM_ALL_CLEAR, true)));
    runDueJobs();
    return pi;
  }

  private static ProcessInstance startWithoutLists() {
    return startWithoutLists(true);
  }

  private static ProcessInstance startWithoutLists(boolean byBallot) {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, "2026-ANNUAL/campaign-1",
        Variables.createVariables().putValue(VAR_CAMPAIGN_ID, 1L).putValue(VAR_YEAR, 2026)
            .putValue(VAR_EVALUATION_BY_BALLOT, byBallot)
            .putValueTyped(VAR_UNIT_CODES, JsonVariables.list(List.of("edu", "fin")))
            .putValueTyped(VAR_OFFICE_CODES, JsonVariables.list(List.of("DISCIPLINE", "STATISTICS")))
            .putValueTyped(VAR_OFFICE_NAMES, JsonVariables.map(Map.of("DISCIPLINE", "纪检监察", "STATISTICS", "统计")))
            .putValueTyped(VAR_OFFICE_GROUPS, JsonVariables.map(Map.of("DISCIPLINE", "discipline", "STATISTICS", "statistics"))));
    assertThat(pi).isStarted();
    runDueJobs(); // each unit's appraisal returns to the round asynchronously
    return pi;
  }
}
