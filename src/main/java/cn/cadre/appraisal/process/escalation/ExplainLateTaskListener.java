package cn.cadre.appraisal.process.escalation;

import cn.cadre.appraisal.campaign.EscalationService;
import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import org.springframework.stereotype.Component;

/** Task_ExplainLateTask: the late holder's written explanation (情况说明). */
@Component("explainLateTaskListener")
class ExplainLateTaskListener extends FormTaskListener {

  private final EscalationService escalations;

  ExplainLateTaskListener(EscalationService escalations) {
    this.escalations = escalations;
  }

  @Override
  protected void onComplete(TaskForm form) {
    escalations.explain(form.text(EscalationProcess.VAR_LATE_TASK_ID), form.text(EscalationProcess.VAR_EXPLANATION),
        form.actor());
    // the reason of an earlier return was shown to the holder and stays in the audit; the review form
    // starts empty, so accepting the new explanation never records the old reason as its comment
    form.set(EscalationProcess.VAR_EXPLANATION_COMMENT, null);
  }
}
