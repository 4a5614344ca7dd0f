package cn.cadre.appraisal.process.campaign;

import cn.cadre.appraisal.process.ProcessFacts;
import cn.cadre.appraisal.process.unitappraisal.UnitAppraisalProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_NegativeListsReturned: every office has returned its list, so each unit of the round may go
 * on to analysis. A unit that starts later reads the same fact from the database when it prepares
 * (negativeListsReturned) and does not wait for this message.
 */
@Component("negativeListsReturnedDelegate")
class NegativeListsReturnedDelegate implements JavaDelegate {

  private final RuntimeService runtime;

  NegativeListsReturnedDelegate(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    runtime.createMessageCorrelation(UnitAppraisalProcess.MESSAGE_NEGATIVE_LISTS_RETURNED)
        .processInstanceVariableEquals(UnitAppraisalProcess.VAR_CAMPAIGN_ID, ProcessFacts.of(execution).campaignId())
        .correlateAllWithResult();
  }
}
