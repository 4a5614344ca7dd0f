package cn.cadre.appraisal.process.resultapplication;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.application.AdjustmentService;
import cn.cadre.appraisal.application.CommitteeDecisions;
import cn.cadre.appraisal.application.ResultPath;
import org.springframework.stereotype.Component;

/** Task_ProposeAdjustment / Task_ProposeDemotion: the organisation department's proposal (a demotion is always proposed). */
@Component("proposeAdjustmentListener")
class ProposeAdjustmentListener extends FormTaskListener {

  private final AdjustmentService adjustments;
  private final CommitteeDecisions decisions;

  ProposeAdjustmentListener(AdjustmentService adjustments, CommitteeDecisions decisions) {
    this.adjustments = adjustments;
    this.decisions = decisions;
  }

  @Override
  protected void onComplete(TaskForm form) {
    ResultPath path = form.path();
    String proposal = form.text("proposal");
    if (path == ResultPath.ADJUSTMENT && !"propose".equals(proposal) && !"notPropose".equals(proposal)) {
      throw new IllegalArgumentException("请选择是否提出组织调整建议");
    }
    boolean propose = path == ResultPath.DEMOTION || "propose".equals(proposal);
    if (adjustments.propose(form.gradeRecordId(), path, propose, form.text("newPosition"), form.text("proposalReason"),
        form.actor())) {
      form.set("proposalSummary", decisions.summary(form.gradeRecordId(), path));
    }
  }
}
