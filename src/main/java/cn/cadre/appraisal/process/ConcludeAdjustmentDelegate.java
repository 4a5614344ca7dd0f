package cn.cadre.appraisal.process;

import cn.cadre.appraisal.application.AdjustmentService;
import cn.cadre.appraisal.application.ResultPath;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ConcludeAdjustment / Task_ConcludeDemotion (async): decision notice and new position when approved. */
@Component("concludeAdjustmentDelegate")
class ConcludeAdjustmentDelegate implements JavaDelegate {

  private final AdjustmentService adjustments;

  ConcludeAdjustmentDelegate(AdjustmentService adjustments) {
    this.adjustments = adjustments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    adjustments.conclude(((Number) execution.getVariable(ResultApplicationProcess.VAR_GRADE_RECORD_ID)).longValue(), ResultPath.parse((String) execution.getVariable(ResultApplicationProcess.VAR_PATH)));
  }
}
