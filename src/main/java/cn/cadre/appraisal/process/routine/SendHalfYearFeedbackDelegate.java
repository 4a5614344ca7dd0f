package cn.cadre.appraisal.process.routine;

import cn.cadre.appraisal.process.ProcessFacts;
import cn.cadre.appraisal.routine.RoutineFeedbackService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendHalfYearFeedback (async): each unit's half-year feedback notice, issued once. */
@Component("sendHalfYearFeedbackDelegate")
class SendHalfYearFeedbackDelegate implements JavaDelegate {

  private final RoutineFeedbackService feedback;

  SendHalfYearFeedbackDelegate(RoutineFeedbackService feedback) {
    this.feedback = feedback;
  }

  @Override
  public void execute(DelegateExecution execution) {
    feedback.sendHalfYearFeedback(ProcessFacts.of(execution).routineRoundId());
  }
}
