package cn.cadre.appraisal.process.escalation;

import cn.cadre.appraisal.campaign.EscalationService;
import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import org.springframework.stereotype.Component;

/** Task_ReviewExplanation: org-dept accepts the explanation or returns it with a reason. */
@Component("reviewExplanationListener")
class ReviewExplanationListener extends FormTaskListener {

  private final EscalationService escalations;

  ReviewExplanationListener(EscalationService escalations) {
    this.escalations = escalations;
  }

  @Override
  protected void onComplete(TaskForm form) {
    escalations.review(form.text(EscalationProcess.VAR_LATE_TASK_ID), form.text(EscalationProcess.VAR_EXPLANATION_REVIEW),
        form.text(EscalationProcess.VAR_EXPLANATION_COMMENT), form.actor());
  }
}
