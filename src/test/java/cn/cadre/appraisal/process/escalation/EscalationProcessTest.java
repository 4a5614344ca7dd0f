package cn.cadre.appraisal.process.escalation;

import static cn.cadre.appraisal.process.escalation.EscalationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * processes/escalation.bpmn, one instance per overdue task: reminded at once; done before the
 * escalation date (the late task's completion sends LateTaskCompleted), closed; still open then,
 * escalated and explained in writing, the explanation accepted or returned. Services are mocked.
 */
@ExtendWith(ProcessEngineCoverageExtension.class)
@Deployment(resources = {"processes/escalation.bpmn", "forms/explain-late-task.form", "forms/review-explanation.form"})
class EscalationProcessTest {

  private static final Date ESCALATE_AT = Date.from(Instant.parse("2026-12-03T16:00:00Z"));
  private static final String BUSINESS_KEY = "2026-ANNUAL/unit-edu/escalation-t42";

  ProcessEngine engine;
  private final List<String> done = new ArrayList<>();

  @BeforeEach
  void mockServices() {
    init(engine);
    Mocks.register("remindLateTaskDelegate", (JavaDelegate) e -> done.add("remind:" + e.getVariable(VAR_LATE_TASK_ID)));
    Mocks.register("escalateLateTaskDelegate", (JavaDelegate) e -> done.add("escalate"));
    Mocks.register("closeEscalationDelegate", (JavaDelegate) e -> done.add("close"));
    Mocks.register("explainLateTaskListener", (TaskListener) t -> done.add("explain:" + t.getVariable(VAR_EXPLANATION)));
    Mocks.register("reviewExplanationListener", (TaskListener) t -> done.add("review:" + t.getVariable(VAR_EXPLANATION_REVIEW)));
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
  }

  @Test
  void reminded_thenWaitsForTheTaskOrTheEscalationDate() {
    ProcessInstance pi = start();
    // an event-based gateway waits for whichever of its events comes first
    assertThat(pi).isWaitingAt(GATEWAY_LATE_TASK_OUTCOME).hasPassed(TASK_REMIND_LATE_TASK);
    assertThat(done).containsExactly("remind:t42");
    assertThat(pi).isNotEnded();
    assertThat(job(TIMER_EVENT_ESCALATION_DUE).getDuedate()).isEqualTo(ESCALATE_AT);
  }

  @Test
  void theTaskDoneBeforeTheEscalationDate_closesIt() {
    ProcessInstance pi = start();
    runtimeService().createMessageCorrelation(MESSAGE_LATE_TASK_COMPLETED).processInstanceBusinessKey(BUSINESS_KEY)
        .correlateAllWithResult();
    assertThat(pi).isEnded().hasPassedInOrder(TASK_REMIND_LATE_TASK, MESSAGE_EVENT_LATE_TASK_COMPLETED,
        TASK_CLOSE_ESCALATION, END_EVENT_COMPLETED_AFTER_REMINDER).hasNotPassed(TASK_ESCALATE_LATE_TASK);
    assertThat(done).containsExactly("remind:t42", "close");
  }

  @Test
  void stillOpenAtTheEscalationDate_escalatedAndItsHolderMustExplain() {
    ProcessInstance pi = escalated();
    assertThat(pi).isWaitingAt(TASK_EXPLAIN_LATE_TASK).hasPassed(TASK_ESCALATE_LATE_TASK)
        .hasNotPassed(TASK_CLOSE_ESCALATION);
    assertThat(task()).hasCandidateUser("b1").hasCandidateGroup("unit-edu-office").hasName("情况说明：填写述职述廉报告：张一");
    assertThat(engine.getFormService().getTaskFormData(task().getId()).getCamundaFormRef().getKey())
        .isEqualTo("explain-late-task");
    assertThat(done).containsExactly("remind:t42", "escalate");
    // the task done now does not undo the escalation: the explanation is still owed
    runtimeService().createMessageCorrelation(MESSAGE_LATE_TASK_COMPLETED).processInstanceBusinessKey(BUSINESS_KEY)
        .correlateAllWithResult();
    assertThat(pi).isWaitingAt(TASK_EXPLAIN_LATE_TASK);
  }

  @Test
  void explained_andAccepted_ends() {
    ProcessInstance pi = escalated();
    complete(task(), withVariables(VAR_EXPLANATION, "外出学习，已于12月4日补报"));
    assertThat(pi).isWaitingAt(TASK_REVIEW_EXPLANATION);
    assertThat(task()).hasCandidateGroup("org-dept").hasName("审核情况说明：填写述职述廉报告：张一");
    complete(task(), withVariables(VAR_EXPLANATION_REVIEW, "accept"));
    assertThat(pi).isEnded().hasPassedInOrder(TASK_ESCALATE_LATE_TASK, TASK_EXPLAIN_LATE_TASK, TASK_REVIEW_EXPLANATION,
        END_EVENT_EXPLAINED);
    assertThat(done).containsExactly("remind:t42", "escalate", "explain:外出学习，已于12月4日补报", "review:accept");
  }

  @Test
  void explanationReturned_isExplainedAgain() {
    ProcessInstance pi = escalated();
    complete(task(), withVariables(VAR_EXPLANATION, "忙"));
    complete(task(), withVariables(VAR_EXPLANATION_REVIEW, "return", VAR_EXPLANATION_COMMENT, "请写明原因和补报时间"));
    assertThat(pi).isWaitingAt(TASK_EXPLAIN_LATE_TASK);
    assertThat(task()).hasCandidateUser("b1");
    complete(task(), withVariables(VAR_EXPLANATION, "外出学习，12月4日补报"));
    complete(task(), withVariables(VAR_EXPLANATION_REVIEW, "accept"));
    assertThat(pi).isEnded().hasPassed(END_EVENT_EXPLAINED);
    assertThat(done).containsExactly("remind:t42", "escalate", "explain:忙", "review:return",
        "explain:外出学习，12月4日补报", "review:accept");
  }

  @Test
  void aRefusedExplanationLeavesTheTaskOpen() {
    ProcessInstance pi = escalated();
    Mocks.register("explainLateTaskListener", (TaskListener) t -> {
      throw new BadUserRequestException("请填写情况说明：逾期原因和办理时限");
    });
    assertThatThrownBy(() -> complete(task(), withVariables(VAR_EXPLANATION, " ")))
        .hasMessageContaining("请填写情况说明");
    assertThat(pi).isWaitingAt(TASK_EXPLAIN_LATE_TASK);
  }

  private ProcessInstance escalated() {
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt(GATEWAY_LATE_TASK_OUTCOME);
    execute(job(TIMER_EVENT_ESCALATION_DUE));
    return pi;
  }

  private static ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(KEY, BUSINESS_KEY, Variables.createVariables()
        .putValue(VAR_LATE_TASK_ID, "t42").putValue(VAR_LATE_TASK_NAME, "填写述职述廉报告：张一")
        .putValue(VAR_RESPONSIBLE_NAME, "示范县教育局").putValue(VAR_ESCALATE_AT, ESCALATE_AT)
        .putValueTyped(VAR_EXPLAINERS, json(new ArrayList<>(List.of("b1"))))
        .putValueTyped(VAR_EXPLAINER_GROUPS, json(new ArrayList<>(List.of("unit-edu-office")))));
  }

  private static org.camunda.bpm.engine.variable.value.ObjectValue json(Object value) {
    return Variables.objectValue(value).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
  }
}
