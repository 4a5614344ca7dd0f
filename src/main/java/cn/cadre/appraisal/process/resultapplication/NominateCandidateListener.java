package cn.cadre.appraisal.process.resultapplication;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.application.CommitteeDecisions;
import cn.cadre.appraisal.application.PromotionService;
import cn.cadre.appraisal.application.ResultPath;
import org.springframework.stereotype.Component;

/** Task_NominateCandidate: the organisation department nominates a promotion candidate, or not. */
@Component("nominateCandidateListener")
class NominateCandidateListener extends FormTaskListener {

  private final PromotionService promotion;
  private final CommitteeDecisions decisions;

  NominateCandidateListener(PromotionService promotion, CommitteeDecisions decisions) {
    this.promotion = promotion;
    this.decisions = decisions;
  }

  @Override
  protected void onComplete(TaskForm form) {
    if (promotion.nominate(form.subjectId(), form.text("nomination"), form.text("nominationReason"), form.actor())) {
      form.set("proposalSummary", decisions.summary(form.subjectId(), ResultPath.PROMOTION));
    }
  }
}
