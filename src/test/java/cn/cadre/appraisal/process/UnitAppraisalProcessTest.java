package cn.cadre.appraisal.process;

import static cn.cadre.appraisal.process.UnitAppraisalProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every path of processes/unit-appraisal.bpmn, with the delegates replaced by recorders. */
@ExtendWith(ProcessEngineCoverageExtension.class)
@Deployment(resources = {"processes/unit-appraisal.bpmn", "forms/self-report.form", "forms/review-self-report.form"})
class UnitAppraisalProcessTest {

  ProcessEngine engine;
  private final List<String> filed = new ArrayList<>();
  private final List<String> receipts = new ArrayList<>();

  @BeforeEach
  void recordDelegates() {
    init(engine);
    Mocks.register("fileSelfReportDelegate", (JavaDelegate) execution ->
        filed.add(execution.getVariable(VAR_CADRE_USER_ID) + ":" + execution.getVariable(VAR_REPORT_TEXT)));
    Mocks.register("sendSelfReportReceiptDelegate", (JavaDelegate) execution ->
        receipts.add(execution.getVariable(VAR_CADRE_USER_ID) + ":" + execution.getVariable(VAR_REVIEW_COMMENT)));
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
  }

  @Test
  void cadreReportAccepted_isFiledAndAcknowledged() {
    ProcessInstance pi = start("c1");

    Task selfReport = assignedTo("c1");
    assertThat(selfReport).hasDefinitionKey(TASK_SELF_REPORT).hasFormKey(null);
    complete(selfReport, withVariables(VAR_REPORT_TEXT, "全年履职尽责，完成各项目标任务。"));

    Task review = taskQuery().taskDefinitionKey(TASK_REVIEW_SELF_REPORT).singleResult();
    assertThat(review).hasCandidateGroup("appraisal-team").isNotAssigned();
    complete(review, withVariables(VAR_REVIEW_DECISION, REVIEW_ACCEPTED, VAR_REVIEW_COMMENT, "同意"));

    assertThat(pi).isEnded().hasPassedInOrder(START_EVENT_UNIT_APPRAISAL_STARTED, TASK_SELF_REPORT,
        TASK_REVIEW_SELF_REPORT, GATEWAY_SELF_REPORT_ACCEPTED, TASK_FILE_SELF_REPORT,
        TASK_SEND_SELF_REPORT_RECEIPT, END_EVENT_SELF_REPORT_FILED, END_EVENT_SELF_REPORTS_COLLECTED);
    assertThat(filed).containsExactly("c1:全年履职尽责，完成各项目标任务。");
    assertThat(receipts).containsExactly("c1:同意");
  }

  @Test
  void cadreReportReturned_goesBackToTheCadreWithTheComment() {
    ProcessInstance pi = start("c1");
    complete(assignedTo("c1"), withVariables(VAR_REPORT_TEXT, "初稿"));
    complete(taskQuery().taskDefinitionKey(TASK_REVIEW_SELF_REPORT).singleResult(),
        withVariables(VAR_REVIEW_DECISION, REVIEW_RETURNED, VAR_REVIEW_COMMENT, "请补充廉洁自律情况"));

    Task again = assignedTo("c1");
    assertThat(again).hasDefinitionKey(TASK_SELF_REPORT);
    assertThat(runtimeService().getVariable(again.getExecutionId(), VAR_REVIEW_COMMENT)).isEqualTo("请补充廉洁自律情况");
    assertThat(filed).isEmpty();

    complete(again, withVariables(VAR_REPORT_TEXT, "修改稿：补充了廉洁自律情况。"));
    complete(taskQuery().taskDefinitionKey(TASK_REVIEW_SELF_REPORT).singleResult(),
        withVariables(VAR_REVIEW_DECISION, REVIEW_ACCEPTED, VAR_REVIEW_COMMENT, ""));

    assertThat(pi).isEnded();
    assertThat(filed).containsExactly("c1:修改稿：补充了廉洁自律情况。");
  }

  @Test
  void eachCadreOfTheUnitReportsSeparately() {
    ProcessInstance pi = start("c1", "c2");
    complete(assignedTo("c2"), withVariables(VAR_REPORT_TEXT, "副职报告"));
    complete(assignedTo("c1"), withVariables(VAR_REPORT_TEXT, "正职报告"));
    for (Task review : taskQuery().taskDefinitionKey(TASK_REVIEW_SELF_REPORT).list()) {
      complete(review, withVariables(VAR_REVIEW_DECISION, REVIEW_ACCEPTED, VAR_REVIEW_COMMENT, "通过"));
    }

    assertThat(pi).isEnded();
    assertThat(filed).containsExactlyInAnyOrder("c1:正职报告", "c2:副职报告");
    assertThat(receipts).containsExactlyInAnyOrder("c1:通过", "c2:通过");
  }

  private static ProcessInstance start(String... cadreUserIds) {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, "2026-ANNUAL/unit-test",
        Variables.createVariables().putValue(VAR_UNIT_CODE, "test").putValue(VAR_YEAR, 2026)
            .putValueTyped(VAR_CADRE_USER_IDS, Variables.objectValue(new ArrayList<>(List.of(cadreUserIds)))
                .serializationDataFormat(SerializationDataFormats.JSON).create()));
    assertThat(pi).isStarted().isWaitingAt(TASK_SELF_REPORT);
    return pi;
  }

  private static Task assignedTo(String userId) {
    return taskQuery().taskAssignee(userId).singleResult();
  }
}
