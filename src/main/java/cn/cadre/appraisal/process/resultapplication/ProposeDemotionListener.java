package cn.cadre.appraisal.process.resultapplication;

import cn.cadre.appraisal.application.AdjustmentService;
import cn.cadre.appraisal.application.CommitteeDecisions;
import cn.cadre.appraisal.application.ResultPath;
import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import org.springframework.stereotype.Component;

/** Task_ProposeDemotion: the organisation department proposes the new post (a demotion is always proposed). */
@Component("proposeDemotionListener")
class ProposeDemotionListener extends FormTaskListener {

  private final AdjustmentService adjustments;
  private final CommitteeDecisions decisions;

  ProposeDemotionListener(AdjustmentService adjustments, CommitteeDecisions decisions) {
    this.adjustments = adjustments;
    this.decisions = decisions;
  }

  @Override
  protected void onComplete(TaskForm form) {
    if (adjustments.propose(form.subjectId(), ResultPath.DEMOTION, true, form.text("newPosition"),
        form.text("proposalReason"), form.actor())) {
      form.set("proposalSummary", decisions.summary(form.subjectId(), ResultPath.DEMOTION));
    }
  }
}
