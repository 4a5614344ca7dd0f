package cn.cadre.appraisal.process.escalation;

import cn.cadre.appraisal.campaign.EscalationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseEscalation: the late task was done before it was escalated. */
@Component("closeEscalationDelegate")
class CloseEscalationDelegate implements JavaDelegate {

  private final EscalationService escalations;

  CloseEscalationDelegate(EscalationService escalations) {
    this.escalations = escalations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    escalations.close((String) execution.getVariable(EscalationProcess.VAR_LATE_TASK_ID));
  }
}
