package cn.cadre.appraisal.process.special;

import cn.cadre.appraisal.process.ProcessFacts;
import cn.cadre.appraisal.special.SpecialAppraisalService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseSpecialAppraisal (async): the appraisal is concluded and its conclusions final. */
@Component("closeSpecialAppraisalDelegate")
class CloseSpecialAppraisalDelegate implements JavaDelegate {

  private final SpecialAppraisalService appraisals;

  CloseSpecialAppraisalDelegate(SpecialAppraisalService appraisals) {
    this.appraisals = appraisals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    appraisals.close(ProcessFacts.of(execution).specialAppraisalId());
  }
}
