package cn.cadre.appraisal.process.escalation;

import static cn.cadre.appraisal.process.escalation.EscalationProcess.*;

import cn.cadre.appraisal.campaign.Escalation;
import cn.cadre.appraisal.campaign.EscalationProcessPort;
import cn.cadre.appraisal.process.OrganisationTime;
import cn.cadre.appraisal.process.engine.ApplicationCalls;
import cn.cadre.appraisal.process.JsonVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Starts one EscalationProcess per overdue task; the late task's holders are the explanation's candidates. */
@Component
class EscalationProcessAdapter implements EscalationProcessPort {

  private final RuntimeService runtime;
  private final OrganisationTime time;

  EscalationProcessAdapter(RuntimeService runtime, OrganisationTime time) {
    this.runtime = runtime;
    this.time = time;
  }

  @Override
  public void start(Escalation escalation) {
    ApplicationCalls.run(() -> runtime.startProcessInstanceByKey(KEY,
        businessKey(escalation.getBusinessKey(), escalation.getTaskId()), Variables.createVariables()
            .putValue(VAR_LATE_TASK_ID, escalation.getTaskId())
            .putValue(VAR_LATE_TASK_NAME, escalation.subject())
            .putValue(VAR_RESPONSIBLE_NAME, escalation.getResponsible() == null ? "组织部门" : escalation.getResponsible())
            .putValue(VAR_ESCALATE_AT, time.date(escalation.getEscalateAt()))
            .putValueTyped(VAR_EXPLAINERS, JsonVariables.list(escalation.holderUsers()))
            .putValueTyped(VAR_EXPLAINER_GROUPS, JsonVariables.list(escalation.holderGroups()))));
  }
}
