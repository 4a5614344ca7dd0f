package cn.cadre.appraisal.process.campaign;

import cn.cadre.appraisal.process.ProcessFacts;
import cn.cadre.appraisal.grading.FeedbackService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendFeedback (async, so a failure is a retryable incident): result notices, once each. */
@Component("sendFeedbackDelegate")
class SendFeedbackDelegate implements JavaDelegate {

  private final FeedbackService feedback;

  SendFeedbackDelegate(FeedbackService feedback) {
    this.feedback = feedback;
  }

  @Override
  public void execute(DelegateExecution execution) {
    feedback.send(ProcessFacts.of(execution).campaignId());
  }
}
