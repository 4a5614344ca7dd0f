package cn.cadre.appraisal.process.scoring;

import static cn.cadre.appraisal.process.scoring.UnitScoringProcess.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

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
 * processes/unit-scoring.bpmn: one scoring task per office for its group, due on the round's date;
 * when the last office is in, the scores are computed, org-dept reviews, the round concludes.
 * Services are mocked (recorded).
 */
@ExtendWith(ProcessEngineCoverageExtension.class)
@Deployment(resources = {"processes/unit-scoring.bpmn", "forms/enter-indicator-scores.form",
    "forms/review-unit-scores.form"})
class UnitScoringProcessTest {

  ProcessEngine engine;

  private final List<String> recorded = new ArrayList<>();
  private boolean refuse;

  @BeforeEach
  void mockAdapters() {
    init(engine);
    Mocks.register("enterIndicatorScoresListener", (TaskListener) task -> {
      if (refuse) {
        throw new IllegalArgumentException("尚有 3 项未评分");
      }
      recorded.add("submit " + task.getVariable(VAR_OFFICE_CODE));
    });
    Mocks.register("computeUnitScoresDelegate", (JavaDelegate) execution ->
        recorded.add("compute " + execution.getVariable(VAR_SCORING_ROUND_ID)));
    Mocks.register("reviewUnitScoresListener", (TaskListener) task ->
        recorded.add("review " + task.getEventName()));
    Mocks.register("concludeUnitScoringDelegate", (JavaDelegate) execution ->
        recorded.add("conclude " + execution.getVariable("halvingDecision")));
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
  }

  @Test
  void eachOfficeScores_thenOrgDeptReviews_andTheRoundConcludes() {
    Date due = Date.from(Instant.parse("2026-12-15T15:59:59Z"));
    ProcessInstance pi = start(due, "STATISTICS", "统计局", "statistics", "SURVEY", "调查中心", "survey");

    List<Task> tasks = taskQuery().taskDefinitionKey(TASK_ENTER_INDICATOR_SCORES).list();
    org.assertj.core.api.Assertions.assertThat(tasks).extracting(Task::getName).containsExactlyInAnyOrder(
        "综合考核评分：统计局（2026年度综合考核评分）", "综合考核评分：调查中心（2026年度综合考核评分）");
    assertThat(officeTask("STATISTICS")).hasCandidateGroup("statistics");
    assertThat(officeTask("SURVEY")).hasCandidateGroup("survey");
    for (Task t : tasks) {
      org.assertj.core.api.Assertions.assertThat(t.getDueDate()).isEqualTo(due);
    }

    complete(officeTask("STATISTICS"));
    runJobs();
    assertThat(pi).isWaitingAt(SUB_PROCESS_OFFICE_SCORES);
    complete(officeTask("SURVEY"));
    runJobs();

    assertThat(pi).isWaitingAt(TASK_REVIEW_UNIT_SCORES);
    assertThat(task()).hasCandidateGroup("org-dept");
    complete(task(), withVariables("halvingDecision", "none"));
    runJobs();
    assertThat(pi).isEnded().hasPassedInOrder(START_EVENT_SCORING_OPENED, TASK_ENTER_INDICATOR_SCORES,
        TASK_COMPUTE_UNIT_SCORES, TASK_REVIEW_UNIT_SCORES, TASK_CONCLUDE_UNIT_SCORING, END_EVENT_SCORING_CONCLUDED);
    org.assertj.core.api.Assertions.assertThat(recorded).containsExactly("submit STATISTICS", "submit SURVEY",
        "compute 3", "review create", "review complete", "conclude none");
  }

  @Test
  void aRefusedSubmissionLeavesTheOfficesTaskOpen() {
    ProcessInstance pi = start(Date.from(Instant.parse("2026-12-15T15:59:59Z")), "STATISTICS", "统计局", "statistics");
    refuse = true;
    assertThatThrownBy(() -> complete(officeTask("STATISTICS"))).hasMessageContaining("尚有 3 项未评分");
    assertThat(pi).isWaitingAt(TASK_ENTER_INDICATOR_SCORES);
    org.assertj.core.api.Assertions.assertThat(recorded).isEmpty();
  }

  private static ProcessInstance start(Date due, String... codeNameGroup) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, String> groups = new LinkedHashMap<>();
    for (int i = 0; i < codeNameGroup.length; i += 3) {
      names.put(codeNameGroup[i], codeNameGroup[i + 1]);
      groups.put(codeNameGroup[i], codeNameGroup[i + 2]);
    }
    return runtimeService().startProcessInstanceByKey(KEY, "2026-SCORING/round-3", Variables.createVariables()
        .putValue(VAR_SCORING_ROUND_ID, 3L)
        .putValue(VAR_ROUND_TITLE, "2026年度综合考核评分")
        .putValue(VAR_DUE_DATE, due)
        .putValueTyped(VAR_OFFICE_CODES, JsonVariables.list(List.copyOf(names.keySet())))
        .putValueTyped(VAR_OFFICE_NAMES, JsonVariables.map(names))
        .putValueTyped(VAR_OFFICE_GROUPS, JsonVariables.map(groups)));
  }

  private static Task officeTask(String officeCode) {
    return taskQuery().taskDefinitionKey(TASK_ENTER_INDICATOR_SCORES).list().stream()
        .filter(t -> officeCode.equals(runtimeService().getVariable(t.getExecutionId(), VAR_OFFICE_CODE))).findFirst()
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
