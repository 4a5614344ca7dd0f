package cn.cadre.appraisal.process.routine;

import static cn.cadre.appraisal.process.routine.RoutineAppraisalProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import cn.cadre.appraisal.process.JsonVariables;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
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
 * processes/routine-appraisal.bpmn: one scoring task per unit for org-dept, due on the round's date,
 * each submitting its unit; the round closes when the last unit is in. Services are mocked (recorded).
 */
@ExtendWith(ProcessEngineCoverageExtension.class)
@Deployment(resources = {"processes/routine-appraisal.bpmn", "forms/routine-scores.form"})
class RoutineAppraisalProcessTest {

  ProcessEngine engine;

  private final List<String> recorded = new ArrayList<>();
  private boolean refuse;

  @BeforeEach
  void mockAdapters() {
    init(engine);
    Mocks.register("scoreUnitListener", (TaskListener) task -> {
      if (refuse) {
        throw new IllegalArgumentException("尚有干部未评分");
      }
      recorded.add("submit " + task.getVariable(VAR_UNIT_CODE));
    });
    Mocks.register("applyRoutineFindingsDelegate", (JavaDelegate) execution ->
        recorded.add("findings " + execution.getVariable(VAR_UNIT_CODE)));
    Mocks.register("closeRoutineRoundDelegate", (JavaDelegate) execution ->
        recorded.add("close " + execution.getVariable(VAR_ROUTINE_ROUND_ID)));
    Mocks.register("sendHalfYearFeedbackDelegate", (JavaDelegate) execution ->
        recorded.add("feedback " + execution.getVariable(VAR_ROUTINE_ROUND_ID)));
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
  }

  @Test
  void eachUnitIsScoredByOrgDept_andTheRoundClosesWhenTheLastIsSubmitted() {
    Date due = Date.from(Instant.parse("2026-04-15T15:59:59Z"));
    ProcessInstance pi = start(due, "edu", "示范县教育局", "fin", "示范县财政局");

    List<Task> tasks = taskQuery().taskDefinitionKey(TASK_SCORE_UNIT).orderByTaskName().asc().list();
    assertThat(tasks).extracting(Task::getName).containsExactlyInAnyOrder(
        "平时考核评分：示范县教育局（2026年第一季度平时考核）", "平时考核评分：示范县财政局（2026年第一季度平时考核）");
    assertThat(unitTask("fin")).hasCandidateUser("leader1");
    assertThat(engine.getTaskService().getIdentityLinksForTask(unitTask("edu").getId()))
        .as("edu: org-dept alone").allMatch(link -> link.getUserId() == null);
    for (Task task : tasks) {
      assertThat(task).hasCandidateGroup("org-dept");
      assertThat(task.getDueDate()).isEqualTo(due);
      assertThat(engine.getFormService().getTaskFormData(task.getId()).getCamundaFormRef().getKey())
          .isEqualTo("routine-scores");
    }

    complete(unitTask("edu"));
    runJobs();
    assertThat(pi).isWaitingAt(SUB_PROCESS_SCORE_UNIT);
    // a submitted unit's findings act at once, before the other units are done
    assertThat(recorded).containsExactly("submit edu", "findings edu");

    complete(unitTask("fin"));
    runJobs();
    assertThat(pi).isEnded().hasPassedInOrder(START_EVENT_ROUND_OPENED, TASK_SCORE_UNIT, TASK_APPLY_ROUTINE_FINDINGS,
        TASK_CLOSE_ROUTINE_ROUND, GATEWAY_MID_YEAR, END_EVENT_ROUND_DONE).hasNotPassed(TASK_SEND_HALF_YEAR_FEEDBACK);
    assertThat(recorded).containsExactly("submit edu", "findings edu", "submit fin", "findings fin", "close 7");
  }

  @Test
  void aRoundEndingAtMidYear_sendsEachUnitItsHalfYearFeedback() {
    ProcessInstance pi = start(Date.from(Instant.parse("2026-07-15T15:59:59Z")), true, "edu", "示范县教育局");
    complete(unitTask("edu"));
    runJobs();
    assertThat(pi).isEnded().hasPassedInOrder(TASK_CLOSE_ROUTINE_ROUND, GATEWAY_MID_YEAR, TASK_SEND_HALF_YEAR_FEEDBACK,
        END_EVENT_FEEDBACK_SENT);
    assertThat(recorded).containsExactly("submit edu", "findings edu", "close 7", "feedback 7");
  }

  @Test
  void aRefusedSubmissionLeavesTheUnitsTaskOpen() {
    ProcessInstance pi = start(Date.from(Instant.parse("2026-04-15T15:59:59Z")), "edu", "示范县教育局");
    refuse = true;
    assertThatThrownBy(() -> complete(unitTask("edu"))).hasMessageContaining("尚有干部未评分");
    assertThat(pi).isWaitingAt(TASK_SCORE_UNIT);
    assertThat(recorded).isEmpty();
  }

  private static ProcessInstance start(Date due, String... codesAndNames) {
    return start(due, false, codesAndNames);
  }

  private static ProcessInstance start(Date due, boolean midYear, String... codesAndNames) {
    Map<String, String> names = new LinkedHashMap<>();
    for (int i = 0; i < codesAndNames.length; i += 2) {
      names.put(codesAndNames[i], codesAndNames[i + 1]);
    }
    return runtimeService().startProcessInstanceByKey(KEY, "2026-Q1-ROUTINE/round-7", Variables.createVariables()
        .putValue(VAR_ROUTINE_ROUND_ID, 7L)
        .putValue(VAR_ROUND_TITLE, "2026年第一季度平时考核")
        .putValue(VAR_DUE_DATE, due)
        .putValue(VAR_MID_YEAR, midYear)
        .putValueTyped(VAR_UNIT_CODES, JsonVariables.list(List.copyOf(names.keySet())))
        .putValueTyped(VAR_UNIT_NAMES, JsonVariables.map(names))
        .putValueTyped(VAR_UNIT_SCORERS, JsonVariables.map(scorers(names))));
  }

  /** fin is also scored by its supervising leader, leader1; the other units by org-dept alone. */
  private static Map<String, Object> scorers(Map<String, String> names) {
    Map<String, Object> scorers = new LinkedHashMap<>();
    names.keySet().forEach(code -> scorers.put(code, new ArrayList<>("fin".equals(code) ? List.of("leader1") : List.of())));
    return scorers;
  }

  private static Task unitTask(String unitCode) {
    return taskQuery().taskDefinitionKey(TASK_SCORE_UNIT).list().stream()
        .filter(t -> unitCode.equals(runtimeService().getVariable(t.getExecutionId(), VAR_UNIT_CODE))).findFirst()
        .orElseThrow();
  }

  private static void runJobs() {
    for (int round = 0; round < 10; round++) {
      List<Job> jobs = managementService().createJobQuery().executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> managementService().executeJob(job.getId()));
    }
  }
}
