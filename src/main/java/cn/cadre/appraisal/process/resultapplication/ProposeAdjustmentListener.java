package cn.cadre.appraisal.process.resultapplication;

import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.application.AdjustmentService;
import cn.cadre.appraisal.application.CommitteeDecisions;
import cn.cadre.appraisal.application.ResultPath;
import org.springframework.stereotype.Component;

/**
 * Task_ProposeAdjustment: the organisation department proposes an adjustment or not. Task_ProposeDemotion
 * of models before ProposeDemotionListener also ran here, so the demotion branch stays for their rounds.
 */
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
      throw new InvalidInputException("请选择是否提出组织调整建议");
    }
    boolean propose = path == ResultPath.DEMOTION || "propose".equals(proposal);
    if (adjustments.propose(form.subjectId(), path, propose, form.text("newPosition"), form.text("proposalReason"),
        form.actor())) {
      form.set("proposalSummary", decisions.summary(form.subjectId(), path));
    }
  }
}
