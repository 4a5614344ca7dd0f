package cn.cadre.appraisal.process.resultapplication;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.application.CommitteeDecisions;
import org.springframework.stereotype.Component;

/** Task_DecidePromotion / Task_DecideAdjustment / Task_DecideDemotion: the party committee decides. */
@Component("committeeDecisionListener")
class CommitteeDecisionListener extends FormTaskListener {

  private final CommitteeDecisions decisions;

  CommitteeDecisionListener(CommitteeDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  protected void onComplete(TaskForm form) {
    decisions.decide(form.subjectId(), form.path(), form.text("decision"), form.text("decisionReason"), form.actor());
  }
}
