package cn.cadre.appraisal.process.unitappraisal;

import cn.cadre.appraisal.shared.ConflictException;

import cn.cadre.appraisal.process.AsApplication;
import cn.cadre.appraisal.evaluation.SelfReportReviewPort;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
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
  public Map<String, Pending> open(String unitAppraisalKey) {
    return application.call(() -> {
      Map<String, Pending> open = new HashMap<>();
      ProcessInstance unit = unitProcess(unitAppraisalKey);
      if (unit == null) {
        return open;
      }
      tasks.createTaskQuery().processInstanceId(unit.getId()).taskDefinitionKey(UnitAppraisalProcess.TASK_SELF_REPORT)
          .list().forEach(t -> open.put(t.getAssignee(), new Pending(false, null, null)));
      awaitingReview(unit.getId()).forEach((cadre, waiting) ->
          open.put(cadre, new Pending(true, waiting.reportText(), waiting.executionId())));
      return open;
    });
  }

  @Override
  public Pending pending(String unitAppraisalKey, String cadreUserId) {
    return application.call(() -> {
      ProcessInstance unit = unitProcess(unitAppraisalKey);
      if (unit == null) {
        return null;
      }
      Waiting waiting = awaitingReview(unit.getId()).get(cadreUserId);
      if (waiting != null) {
        return new Pending(true, waiting.reportText(), waiting.executionId());
      }
      boolean writing = tasks.createTaskQuery().processInstanceId(unit.getId())
          .taskDefinitionKey(UnitAppraisalProcess.TASK_SELF_REPORT).taskAssignee(cadreUserId).count() > 0;
      return writing ? new Pending(false, null, null) : null;
    });
  }

  @Override
  public void decide(Pending awaiting, String decision, String comment) {
    application.call(() -> {
      // the report found a moment ago still waits for this message (it is the decision's own transaction)
      if (awaiting == null || !awaiting.awaitingReview() || runtime.createEventSubscriptionQuery()
          .executionId(awaiting.ref()).eventName(UnitAppraisalProcess.MESSAGE_SELF_REPORT_REVIEWED).count() == 0) {
        throw new ConflictException("该干部的述职报告不在待审核状态");
      }
      Map<String, Object> values = new HashMap<>();
      values.put(UnitAppraisalProcess.VAR_REVIEW_DECISION, decision);
      values.put(UnitAppraisalProcess.VAR_REVIEW_COMMENT, comment);
      // the cadre's sub-process holds reviewDecision/reviewComment as its own (input mappings): set there
      runtime.messageEventReceived(UnitAppraisalProcess.MESSAGE_SELF_REPORT_REVIEWED, awaiting.ref(), values);
      return null;
    });
  }

  private record Waiting(String executionId, String reportText) {}

  /**
   * The reports awaiting review, by cadre, in four queries whatever the unit's size (a unit's review
   * page reads this on every decision): the waiting executions, the process's execution tree, and
   * its cadre and report variables, each found where a variable lookup would (the nearest execution
   * up the tree that holds it: the cadre's sub-process instance and its multi-instance element).
   */
  private Map<String, Waiting> awaitingReview(String processInstanceId) {
    List<Execution> waiting = runtime.createExecutionQuery().processInstanceId(processInstanceId)
        .activityId(UnitAppraisalProcess.MESSAGE_EVENT_SELF_REPORT_REVIEWED).list();
    Map<String, Waiting> byCadre = new HashMap<>();
    if (waiting.isEmpty()) {
      return byCadre;
    }
    Map<String, String> parents = new HashMap<>();
    runtime.createExecutionQuery().processInstanceId(processInstanceId).list().forEach(e ->
        parents.put(e.getId(), e instanceof ExecutionEntity entity ? entity.getParentId() : null));
    Map<String, Map<String, Object>> variables = new HashMap<>();
    runtime.createVariableInstanceQuery().processInstanceIdIn(processInstanceId)
        .variableNameIn(UnitAppraisalProcess.VAR_CADRE_USER_ID, UnitAppraisalProcess.VAR_REPORT_TEXT).list()
        .forEach(v -> variables.computeIfAbsent(v.getExecutionId(), k -> new HashMap<>()).put(v.getName(), v.getValue()));
    for (Execution execution : waiting) {
      byCadre.put((String) nearest(execution.getId(), UnitAppraisalProcess.VAR_CADRE_USER_ID, parents, variables),
          new Waiting(execution.getId(), (String) nearest(execution.getId(), UnitAppraisalProcess.VAR_REPORT_TEXT, parents,
              variables)));
    }
    return byCadre;
  }

  private Object nearest(String executionId, String name, Map<String, String> parents,
      Map<String, Map<String, Object>> variables) {
    for (String id = executionId; id != null; id = parents.get(id)) {
      Map<String, Object> own = variables.getOrDefault(id, Map.of());
      if (own.containsKey(name)) {
        return own.get(name);
      }
    }
    return runtime.getVariable(executionId, name); // a model that keeps it elsewhere: the engine's own lookup
  }

  /** By business key (indexed), not by the campaignId and unitCode variables: those read every unit's executions. */
  private ProcessInstance unitProcess(String unitAppraisalKey) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(UnitAppraisalProcess.KEY)
        .processInstanceBusinessKey(unitAppraisalKey).singleResult();
  }
}
