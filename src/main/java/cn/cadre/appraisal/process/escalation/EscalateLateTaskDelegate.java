package cn.cadre.appraisal.process.escalation;

import cn.cadre.appraisal.campaign.EscalationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_EscalateLateTask (the escalation timer's job): the task is still open; escalate it. */
@Component("escalateLateTaskDelegate")
class EscalateLateTaskDelegate implements JavaDelegate {

  private final EscalationService escalations;

  EscalateLateTaskDelegate(EscalationService escalations) {
    this.escalations = escalations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    escalations.escalate((String) execution.getVariable(EscalationProcess.VAR_LATE_TASK_ID));
  }
}
