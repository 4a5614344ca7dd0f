package cn.cadre.appraisal.process.term;

import static cn.cadre.appraisal.process.term.TermAppraisalProcess.*;
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
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
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
 * processes/term-appraisal.bpmn with the real term-grade.dmn: the unit's principal checks itself,
 * the experts verify, org-dept spot-checks and inspects on site, the table proposes a grade from the
 * facts the listener hands it, the committee decides, and the term is concluded. Services are mocked.
 */
@ExtendWith(ProcessEngineCoverageExtension.class)
@Deployment(resources = {"processes/term-appraisal.bpmn", "processes/term-grade.dmn", "forms/term-self-check.form",
    "forms/term-expert-verification.form", "forms/term-check.form", "forms/decide-term-grade.form"})
class TermAppraisalProcessTest {

  private static final Date DUE = Date.from(Instant.parse("2026-12-31T15:59:59Z"));

  ProcessEngine engine;
  private final List<String> recorded = new ArrayList<>();
  private Map<String, Object> facts;

  @BeforeEach
  void mockAdapters() {
    init(engine);
    facts = Map.of("years", 5, "topYears", 3, "lowYears", 0, "poorYears", 0, "topShare", 0.6, "unmetShare", 0.0);
    for (String listener : List.of("termSelfCheckListener", "expertVerificationListener", "termSpotCheckListener",
        "termSiteInspectionListener", "decideTermGradeListener")) {
      Mocks.register(listener, (TaskListener) task -> recorded.add(listener));
    }
    Mocks.register("proposeTermGradeListener", (ExecutionListener) execution -> {
      if (ExecutionListener.EVENTNAME_START.equals(execution.getEventName())) {
        execution.setVariablesLocal(facts);
      } else {
        @SuppressWarnings("unchecked")
        Map<String, Object> decision = (Map<String, Object>) execution.getVariable(VAR_TERM_GRADE_DECISION);
        recorded.add("proposed " + decision.get("termGrade") + " " + decision.get("termGradeReason"));
      }
    });
    Mocks.register("concludeTermDelegate", (JavaDelegate) execution -> recorded.add("conclude"));
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
  }

  @Test
  void theStagesInOrder_eachByItsPeople_thenTheTablesProposal_theCommittee_andTheConclusion() {
    ProcessInstance pi = start();
    Task self = task(TASK_TERM_SELF_CHECK);
    assertThat(self).isAssignedTo("principal1");
    assertThat(self.getName()).isEqualTo("任期自查：示范局领导班子2022—2026年任期考核");
    assertThat(self.getDueDate()).isEqualTo(DUE);
    assertForm(self, "term-self-check");
    complete(self);

    Task experts = task(TASK_EXPERT_VERIFICATION);
    assertThat(experts).hasCandidateUser("expert1").hasCandidateUser("expert2");
    assertForm(experts, "term-expert-verification");
    complete(experts);
    Task spot = task(TASK_TERM_SPOT_CHECK);
    assertThat(spot).hasCandidateGroup("org-dept");
    assertThat(runtimeService().getVariable(spot.getExecutionId(), "stageLabel")).isEqualTo("重点抽查");
    assertForm(spot, "term-check");
    complete(spot);
    complete(task(TASK_TERM_SITE_INSPECTION));
    assertThat(pi).isWaitingAt(BUSINESS_RULE_TASK_PROPOSE_TERM_GRADE); // decided in a job
    runJobs();

    Task decide = task(TASK_DECIDE_TERM_GRADE);
    assertThat(decide).hasCandidateGroup("party-committee");
    assertForm(decide, "decide-term-grade");
    complete(decide);
    runJobs();
    assertThat(pi).isEnded().hasPassedInOrder(START_EVENT_REVIEW_STARTED, TASK_TERM_SELF_CHECK, TASK_EXPERT_VERIFICATION,
        TASK_TERM_SPOT_CHECK, TASK_TERM_SITE_INSPECTION, BUSINESS_RULE_TASK_PROPOSE_TERM_GRADE, TASK_DECIDE_TERM_GRADE,
        TASK_CONCLUDE_TERM, END_EVENT_TERM_CONCLUDED);
    assertThat(recorded).containsExactly("termSelfCheckListener", "expertVerificationListener", "termSpotCheckListener",
        "termSiteInspectionListener", "proposed GOOD 任期内半数以上年度考核为好，任期目标全部完成", "decideTermGradeListener",
        "conclude");
  }

  @Test
  void aPoorTerm_isProposedAsPoor_byTheRealTable() {
    facts = Map.of("years", 5, "topYears", 0, "lowYears", 2, "poorYears", 2, "topShare", 0.0, "unmetShare", 0.4);
    start();
    for (String key : List.of(TASK_TERM_SELF_CHECK, TASK_EXPERT_VERIFICATION, TASK_TERM_SPOT_CHECK,
        TASK_TERM_SITE_INSPECTION)) {
      complete(task(key));
    }
    runJobs();
    assertThat(recorded).contains("proposed POOR 任期内两年以上年度考核为差");
  }

  @Test
  void aRefusedSelfCheckLeavesTheTaskOpen() {
    ProcessInstance pi = start();
    Mocks.register("termSelfCheckListener", (TaskListener) task -> {
      throw new IllegalArgumentException("请填写自查报告");
    });
    assertThatThrownBy(() -> complete(task(TASK_TERM_SELF_CHECK))).hasMessageContaining("请填写自查报告");
    assertThat(pi).isWaitingAt(TASK_TERM_SELF_CHECK);
  }

  private static ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(KEY, "2026-TERM/term-4", Variables.createVariables()
        .putValue(VAR_TERM_ID, 4L)
        .putValue(VAR_BASIS, "示范局领导班子2022—2026年任期考核")
        .putValue(VAR_DUE_DATE, DUE)
        .putValue(VAR_PRINCIPAL_USER_ID, "principal1")
        .putValue(VAR_EXPERTS, "expert1,expert2")
        .putValue(VAR_TARGETS, "1. 目标一（指标：指标一）"));
  }

  private void assertForm(Task task, String formId) {
    assertThat(engine.getFormService().getTaskFormData(task.getId()).getCamundaFormRef().getKey()).isEqualTo(formId);
  }

  private static Task task(String key) {
    return taskQuery().taskDefinitionKey(key).singleResult();
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
