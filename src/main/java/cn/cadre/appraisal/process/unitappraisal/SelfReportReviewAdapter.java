package cn.cadre.appraisal.process.unitappraisal;

import cn.cadre.appraisal.shared.ConflictException;

import cn.cadre.appraisal.process.AsApplication;
import cn.cadre.appraisal.evaluation.SelfReportReviewPort;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * MessageEvent_SelfReportReviewed: reads where each cadre's report stands in the unit's process and
 * hands it the team's decision. Runs as the application: the reviewing member may decide on the
 * unit's reports (the service checks that) but has no rights on process instances.
 */
@Component
class SelfReportReviewAdapter implements SelfReportReviewPort {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final AsApplication application;

  SelfReportReviewAdapter(RuntimeService runtime, TaskService tasks, AsApplication application) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.application = application;
  }

  @Override
  public Map<String, Pending> open(Long campaignId, String unitCode) {
    return application.call(() -> {
      Map<String, Pending> open = new HashMap<>();
      ProcessInstance unit = unitProcess(campaignId, unitCode);
      if (unit == null) {
        return open;
      }
      tasks.createTaskQuery().processInstanceId(unit.getId()).taskDefinitionKey(UnitAppraisalProcess.TASK_SELF_REPORT)
          .list().forEach(t -> open.put(t.getAssignee(), new Pending(false, null)));
      for (Execution waiting : awaitingReview(unit.getId())) {
        open.put((String) runtime.getVariable(waiting.getId(), UnitAppraisalProcess.VAR_CADRE_USER_ID),
            new Pending(true, (String) runtime.getVariable(waiting.getId(), UnitAppraisalProcess.VAR_REPORT_TEXT)));
      }
      return open;
    });
  }

  @Override
  public void decide(Long campaignId, String unitCode, String cadreUserId, String decision, String comment) {
    application.call(() -> {
      ProcessInstance unit = unitProcess(campaignId, unitCode);
      Execution waiting = unit == null ? null : awaitingReview(unit.getId()).stream()
          .filter(e -> cadreUserId.equals(runtime.getVariable(e.getId(), UnitAppraisalProcess.VAR_CADRE_USER_ID)))
          .findFirst().orElse(null);
      if (waiting == null) {
        throw new ConflictException("该干部的述职报告不在待审核状态: " + cadreUserId);
      }
      Map<String, Object> values = new HashMap<>();
      values.put(UnitAppraisalProcess.VAR_REVIEW_DECISION, decision);
      values.put(UnitAppraisalProcess.VAR_REVIEW_COMMENT, comment);
      // the cadre's sub-process holds reviewDecision/reviewComment as its own (input mappings): set there
      runtime.messageEventReceived(UnitAppraisalProcess.MESSAGE_SELF_REPORT_REVIEWED, waiting.getId(), values);
      return null;
    });
  }

  private List<Execution> awaitingReview(String processInstanceId) {
    return runtime.createExecutionQuery().processInstanceId(processInstanceId)
        .activityId(UnitAppraisalProcess.MESSAGE_EVENT_SELF_REPORT_REVIEWED).list();
  }

  private ProcessInstance unitProcess(Long campaignId, String unitCode) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(UnitAppraisalProcess.KEY)
        .variableValueEquals(UnitAppraisalProcess.VAR_CAMPAIGN_ID, campaignId)
        .variableValueEquals(UnitAppraisalProcess.VAR_UNIT_CODE, unitCode).singleResult();
  }
}
