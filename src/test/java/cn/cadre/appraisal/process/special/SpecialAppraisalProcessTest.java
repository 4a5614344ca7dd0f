package cn.cadre.appraisal.process.special;

import static cn.cadre.appraisal.process.special.SpecialAppraisalProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
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
 * processes/special-appraisal.bpmn: checkpoints while the task runs (全程考核) or straight to the
 * stages (集中考核); the four stages by the team in order while the offices and the task's principals
 * give their opinions; then a conclusion per cadre and a report per unit by the team, applied and
 * closed. Services are mocked (recorded), so the test shows who gets which task and in what order.
 */
@ExtendWith(ProcessEngineCoverageExtension.class)
@Deployment(resources = {"processes/special-appraisal.bpmn", "forms/special-stage.form", "forms/special-checkpoint.form",
    "forms/special-opinion.form", "forms/special-conclusion.form", "forms/special-team-conclusion.form"})
class SpecialAppraisalProcessTest {

  private static final Date DUE = Date.from(Instant.parse("2026-09-30T15:59:59Z"));

  ProcessEngine engine;
  private final List<String> recorded = new ArrayList<>();

  @BeforeEach
  void mockAdapters() {
    init(engine);
    Mocks.register("specialStageListener", (TaskListener) task -> recorded.add("stage " + task.getVariable(VAR_STAGE)));
    Mocks.register("opinionListener", (TaskListener) task -> recorded.add("opinion " + task.getVariable("opinion")));
    Mocks.register("concludeCadreListener", (TaskListener) task ->
        recorded.add("conclude " + task.getVariable(VAR_CADRE_CODE) + " " + task.getVariable("conclusion")));
    Mocks.register("concludeTeamListener", (TaskListener) task ->
        recorded.add("team " + task.getVariable(VAR_UNIT_CODE) + " " + task.getVariable("commended")));
    Mocks.register("applySpecialConclusionsDelegate", (JavaDelegate) execution -> recorded.add("apply"));
    Mocks.register("closeSpecialAppraisalDelegate", (JavaDelegate) execution -> recorded.add("close"));
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
  }

  @Test
  void atTheTasksEnd_stagesInOrder_opinionsAlongside_thenAConclusionPerCadreAndUnit() {
    ProcessInstance pi = start("AT_END", List.of("audit", "petitions"), List.of("lead1"), List.of("c1", "c2"),
        List.of("u1"));
    assertThat(pi).isWaitingAt(TASK_HEAR_REPORT, TASK_OFFICE_OPINION, TASK_PRINCIPAL_OPINION)
        .hasNotPassed(TASK_RECORD_CHECKPOINT);

    Task report = task(TASK_HEAR_REPORT);
    assertThat(report).hasCandidateUser("t1").hasCandidateUser("t2");
    assertThat(report.getName()).isEqualTo("听取汇报：2026年对口支援专项考核");
    assertThat(report.getDueDate()).isEqualTo(DUE);
    assertForm(report, "special-stage");

    List<Task> offices = taskQuery().taskDefinitionKey(TASK_OFFICE_OPINION).list();
    assertThat(offices).hasSize(2);
    assertThat(offices).extracting(t -> engine.getTaskService().getIdentityLinksForTask(t.getId()).get(0).getGroupId())
        .containsExactlyInAnyOrder("audit", "petitions");
    assertThat(task(TASK_PRINCIPAL_OPINION)).isAssignedTo("lead1");
    // each office's form values stay its own
    complete(offices.get(0), withVariables("opinion", "未发现问题", "concerns", false));
    complete(offices.get(1), withVariables("opinion", "有一件信访件涉及c2", "concerns", true));
    assertThat(runtimeService().getVariable(pi.getId(), "opinion")).isNull();
    complete(task(TASK_PRINCIPAL_OPINION), withVariables("opinion", "两人均表现突出", "concerns", false));

    for (String stage : List.of(TASK_HEAR_REPORT, TASK_INDIVIDUAL_INTERVIEWS, TASK_SITE_INSPECTION)) {
      assertThat(pi).isWaitingAt(stage);
      complete(task(stage));
    }
    assertThat(taskQuery().taskDefinitionKey(TASK_CONCLUDE_CADRE).count()).as("not before the last stage").isZero();
    complete(task(TASK_GROUP_DISCUSSION));

    List<Task> conclusions = taskQuery().taskDefinitionKey(TASK_CONCLUDE_CADRE).orderByTaskName().asc().list();
    assertThat(conclusions).extracting(Task::getName)
        .containsExactlyInAnyOrder("专项考核结论：张一（甲局局长）", "专项考核结论：李二（乙局副局长）");
    assertForm(conclusions.get(0), "special-conclusion");
    complete(cadreTask("c1"), withVariables("conclusion", "PROMOTE", "statement", "表现突出"));
    complete(cadreTask("c2"), withVariables("conclusion", "NONE", "statement", "完成任务"));
    Task team = task(TASK_CONCLUDE_TEAM);
    assertThat(team.getName()).isEqualTo("专项考核报告：甲局领导班子");
    complete(team, withVariables("commended", true, "teamStatement", "组织有力"));
    runJobs();

    assertThat(pi).isEnded().hasPassedInOrder(START_EVENT_OPENED, GATEWAY_MODE, TASK_HEAR_REPORT,
        TASK_INDIVIDUAL_INTERVIEWS, TASK_SITE_INSPECTION, TASK_GROUP_DISCUSSION, TASK_CONCLUDE_CADRE, TASK_CONCLUDE_TEAM,
        TASK_APPLY_SPECIAL_CONCLUSIONS, TASK_CLOSE_SPECIAL_APPRAISAL, END_EVENT_CONCLUDED);
    assertThat(recorded).containsSubsequence("stage REPORT", "stage INTERVIEWS", "stage SITE_VISIT", "stage DISCUSSION",
        "conclude c1 PROMOTE", "conclude c2 NONE", "team u1 true", "apply", "close");
    assertThat(recorded).contains("opinion 未发现问题", "opinion 有一件信访件涉及c2", "opinion 两人均表现突出");
  }

  @Test
  void alongTheTask_checkpointsRepeatUntilTheTaskIsFinished() {
    ProcessInstance pi = start("THROUGHOUT", List.of(), List.of(), List.of("c1"), List.of());
    Task first = task(TASK_RECORD_CHECKPOINT);
    assertThat(first).hasCandidateUser("t1");
    assertForm(first, "special-checkpoint");
    complete(first, withVariables("taskFinished", false));
    complete(task(TASK_RECORD_CHECKPOINT), withVariables("taskFinished", true));

    // no office and no principal asked: the opinions pass straight on
    assertThat(pi).isWaitingAt(TASK_HEAR_REPORT).hasNotPassed(TASK_OFFICE_OPINION, TASK_PRINCIPAL_OPINION);
    assertThat(taskQuery().taskDefinitionKey(TASK_OFFICE_OPINION).count() + taskQuery()
        .taskDefinitionKey(TASK_PRINCIPAL_OPINION).count()).isZero();
    assertThat(recorded).containsExactly("stage CHECKPOINT", "stage CHECKPOINT");
    for (String stage : List.of(TASK_HEAR_REPORT, TASK_INDIVIDUAL_INTERVIEWS, TASK_SITE_INSPECTION, TASK_GROUP_DISCUSSION)) {
      complete(task(stage));
    }
    complete(task(TASK_CONCLUDE_CADRE), withVariables("conclusion", "COMMEND", "statement", "出色"));
    runJobs();
    // no unit drawn in: no team report
    assertThat(pi).isEnded().hasPassed(END_EVENT_CONCLUDED);
    assertThat(taskQuery().taskDefinitionKey(TASK_CONCLUDE_TEAM).count()).isZero();
  }

  @Test
  void aRefusedConclusionLeavesTheTaskOpen() {
    ProcessInstance pi = start("AT_END", List.of(), List.of(), List.of("c1"), List.of());
    for (String stage : List.of(TASK_HEAR_REPORT, TASK_INDIVIDUAL_INTERVIEWS, TASK_SITE_INSPECTION, TASK_GROUP_DISCUSSION)) {
      complete(task(stage));
    }
    Mocks.register("concludeCadreListener", (TaskListener) task -> {
      throw new IllegalArgumentException("请填写鉴定意见");
    });
    assertThatThrownBy(() -> complete(task(TASK_CONCLUDE_CADRE), withVariables("conclusion", "PROMOTE")))
        .hasMessageContaining("请填写鉴定意见");
    assertThat(pi).isWaitingAt(TASK_CONCLUDE_CADRE);
  }

  private static ProcessInstance start(String mode, List<String> officeGroups, List<String> principals,
      List<String> cadres, List<String> units) {
    Map<String, String> cadreNames = new LinkedHashMap<>(Map.of("c1", "张一（甲局局长）", "c2", "李二（乙局副局长）"));
    Map<String, String> unitNames = new LinkedHashMap<>(Map.of("u1", "甲局"));
    Map<String, String> officeNames = new LinkedHashMap<>(Map.of("audit", "审计", "petitions", "信访"));
    return runtimeService().startProcessInstanceByKey(KEY, "2026-SPECIAL/special-3", Variables.createVariables()
        .putValue(VAR_SPECIAL_APPRAISAL_ID, 3L)
        .putValue(VAR_BASIS, "2026年对口支援专项考核")
        .putValue(VAR_MODE, mode)
        .putValue(VAR_DUE_DATE, DUE)
        .putValue(VAR_TEAM_MEMBERS, "t1,t2")
        .putValueTyped(VAR_CADRE_CODES, JsonVariables.list(cadres))
        .putValueTyped(VAR_CADRE_NAMES, JsonVariables.map(cadreNames))
        .putValueTyped(VAR_UNIT_CODES, JsonVariables.list(units))
        .putValueTyped(VAR_UNIT_NAMES, JsonVariables.map(unitNames))
        .putValueTyped(VAR_OPINION_GROUPS, JsonVariables.list(officeGroups))
        .putValueTyped(VAR_OPINION_GROUP_NAMES, JsonVariables.map(officeNames))
        .putValueTyped(VAR_PRINCIPALS, JsonVariables.list(principals)));
  }

  private void assertForm(Task task, String formId) {
    assertThat(engine.getFormService().getTaskFormData(task.getId()).getCamundaFormRef().getKey()).isEqualTo(formId);
  }

  private static Task task(String key) {
    return taskQuery().taskDefinitionKey(key).singleResult();
  }

  private static Task cadreTask(String cadreCode) {
    return taskQuery().taskDefinitionKey(TASK_CONCLUDE_CADRE).list().stream()
        .filter(t -> cadreCode.equals(runtimeService().getVariable(t.getExecutionId(), VAR_CADRE_CODE))).findFirst()
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
