package cn.cadre.appraisal.process.resultapplication;

import cn.cadre.appraisal.application.AdjustmentService;
import cn.cadre.appraisal.application.ResultPath;
import cn.cadre.appraisal.process.ProcessFacts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ConcludeDemotion (async): the demotion decision notice and the new post when the committee approved. */
@Component("concludeDemotionDelegate")
class ConcludeDemotionDelegate implements JavaDelegate {

  private final AdjustmentService adjustments;

  ConcludeDemotionDelegate(AdjustmentService adjustments) {
    this.adjustments = adjustments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    adjustments.conclude(ProcessFacts.of(execution).subjectId(), ResultPath.DEMOTION);
  }
}
