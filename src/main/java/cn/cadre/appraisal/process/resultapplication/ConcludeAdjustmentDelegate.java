package cn.cadre.appraisal.process.resultapplication;

import cn.cadre.appraisal.process.ProcessFacts;
import cn.cadre.appraisal.application.AdjustmentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ConcludeAdjustment (async): decision notice and new position when approved; also Task_ConcludeDemotion
 * of models before ConcludeDemotionDelegate, so their rounds finish as they began.
 */
@Component("concludeAdjustmentDelegate")
class ConcludeAdjustmentDelegate implements JavaDelegate {

  private final AdjustmentService adjustments;

  ConcludeAdjustmentDelegate(AdjustmentService adjustments) {
    this.adjustments = adjustments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    adjustments.conclude(ProcessFacts.of(execution).subjectId(), ProcessFacts.of(execution).path());
  }
}
