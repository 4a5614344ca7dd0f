package cn.cadre.appraisal.process.campaign;

import cn.cadre.appraisal.process.ProcessFacts;
import cn.cadre.appraisal.grading.FeedbackService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SendFeedback (async, so a failure is a retryable incident): one unit's result notices, once
 * each. A round started on a model before the per-unit split runs it once for the whole round.
 */
@Component("sendFeedbackDelegate")
class SendFeedbackDelegate implements JavaDelegate {

  private final FeedbackService feedback;

  SendFeedbackDelegate(FeedbackService feedback) {
    this.feedback = feedback;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProcessFacts facts = ProcessFacts.of(execution);
    if (facts.unitCode() == null) {
      feedback.sendAll(facts.campaignId());
    } else {
      feedback.send(facts.campaignId(), facts.unitCode());
    }
  }
}
