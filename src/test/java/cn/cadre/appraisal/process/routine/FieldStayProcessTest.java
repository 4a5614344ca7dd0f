package cn.cadre.appraisal.process.routine;

import static cn.cadre.appraisal.process.routine.FieldStayProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
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
 * processes/field-stay.bpmn: the stay's team records its talks, visits and 四个一 in order, each task
 * due when the stay ends; then the findings are applied and the stay closed. Services are mocked.
 */
@ExtendWith(ProcessEngineCoverageExtension.class)
@Deployment(resources = {"processes/field-stay.bpmn", "forms/stay-talks.form", "forms/stay-visits.form",
    "forms/stay-outputs.form"})
class FieldStayProcessTest {

  private static final Date DUE = Date.from(Instant.parse("2026-12-14T15:59:59Z"));

  ProcessEngine engine;
  private final List<String> recorded = new ArrayList<>();

  @BeforeEach
  void mockAdapters() {
    init(engine);
    for (String listener : List.of("recordStayTalksListener", "recordStayVisitsListener", "recordStayOutputsListener")) {
      Mocks.register(listener, (TaskListener) task -> recorded.add(listener));
    }
    Mocks.register("applyStayFindingsDelegate", (JavaDelegate) execution -> recorded.add("apply"));
    Mocks.register("closeFieldStayDelegate", (JavaDelegate) execution -> recorded.add("close"));
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
  }

  @Test
  void talksVisitsAndTheFourOutputs_byTheTeam_thenApplied() {
    ProcessInstance pi = start();
    for (String[] step : new String[][] {{TASK_RECORD_STAY_TALKS, "stay-talks", "蹲点谈话：2026年示范局蹲点调研"},
        {TASK_RECORD_STAY_VISITS, "stay-visits", "实地查看：2026年示范局蹲点调研"},
        {TASK_RECORD_STAY_OUTPUTS, "stay-outputs", "蹲点调研“四个一”：2026年示范局蹲点调研"}}) {
      Task task = taskQuery().taskDefinitionKey(step[0]).singleResult();
      assertThat(task).hasCandidateUser("t1").hasCandidateUser("t2");
      assertThat(task.getName()).isEqualTo(step[2]);
      assertThat(task.getDueDate()).isEqualTo(DUE);
      assertThat(engine.getFormService().getTaskFormData(task.getId()).getCamundaFormRef().getKey()).isEqualTo(step[1]);
      complete(task);
    }
    runJobs();
    assertThat(pi).isEnded().hasPassedInOrder(START_EVENT_STAY_OPENED, TASK_RECORD_STAY_TALKS, TASK_RECORD_STAY_VISITS,
        TASK_RECORD_STAY_OUTPUTS, TASK_APPLY_STAY_FINDINGS, TASK_CLOSE_FIELD_STAY, END_EVENT_STAY_DONE);
    assertThat(recorded).containsExactly("recordStayTalksListener", "recordStayVisitsListener",
        "recordStayOutputsListener", "apply", "close");
  }

  @Test
  void refusedTalksLeaveTheTaskOpen() {
    ProcessInstance pi = start();
    Mocks.register("recordStayTalksListener", (TaskListener) task -> {
      throw new IllegalArgumentException("四必谈尚未谈到");
    });
    assertThatThrownBy(() -> complete(taskQuery().singleResult())).hasMessageContaining("四必谈尚未谈到");
    assertThat(pi).isWaitingAt(TASK_RECORD_STAY_TALKS);
  }

  private static ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(KEY, "2026-STAY/stay-5", Variables.createVariables()
        .putValue(VAR_STAY_ID, 5L).putValue(VAR_BASIS, "2026年示范局蹲点调研").putValue(VAR_DUE_DATE, DUE)
        .putValue(VAR_TEAM_MEMBERS, "t1,t2").putValue(VAR_UNIT_CADRES, "张一（局长）"));
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
