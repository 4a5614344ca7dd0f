package cn.cadre.appraisal.process.campaign;

import cn.cadre.appraisal.process.ProcessFacts;
import cn.cadre.appraisal.grading.GradingService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_FinaliseGrades: at the end of the public notice the approved grades become final. */
@Component("finaliseGradesDelegate")
class FinaliseGradesDelegate implements JavaDelegate {

  private final GradingService grading;

  FinaliseGradesDelegate(GradingService grading) {
    this.grading = grading;
  }

  @Override
  public void execute(DelegateExecution execution) {
    grading.finaliseApproved(ProcessFacts.of(execution).campaignId());
  }
}
