package cn.cadre.appraisal.process.escalation;

import cn.cadre.appraisal.campaign.EscalationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RemindLateTask: the overdue task's holder is reminded (in the transaction that found it overdue). */
@Component("remindLateTaskDelegate")
class RemindLateTaskDelegate implements JavaDelegate {

  private final EscalationService escalations;

  RemindLateTaskDelegate(EscalationService escalations) {
    this.escalations = escalations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    escalations.remind((String) execution.getVariable(EscalationProcess.VAR_LATE_TASK_ID));
  }
}
