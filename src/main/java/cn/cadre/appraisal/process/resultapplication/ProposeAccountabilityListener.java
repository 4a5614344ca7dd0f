package cn.cadre.appraisal.process.resultapplication;

import cn.cadre.appraisal.application.AccountabilityService;
import cn.cadre.appraisal.application.CommitteeDecisions;
import cn.cadre.appraisal.application.ResultPath;
import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import org.springframework.stereotype.Component;

/** Task_ProposeAccountability completed: org-dept's measure and reasons, summarised for the committee. */
@Component("proposeAccountabilityListener")
class ProposeAccountabilityListener extends FormTaskListener {

  private final AccountabilityService accountability;
  private final CommitteeDecisions decisions;

  ProposeAccountabilityListener(AccountabilityService accountability, CommitteeDecisions decisions) {
    this.accountability = accountability;
    this.decisions = decisions;
  }

  @Override
  protected void onComplete(TaskForm form) {
    accountability.propose(form.subjectId(), form.text("accountabilityMeasure"), form.text("proposalReason"),
        form.actor());
    form.set("proposalSummary", decisions.summary(form.subjectId(), ResultPath.ACCOUNTABILITY));
  }
}
