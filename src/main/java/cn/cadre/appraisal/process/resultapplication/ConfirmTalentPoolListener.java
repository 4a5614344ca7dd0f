package cn.cadre.appraisal.process.resultapplication;

import cn.cadre.appraisal.application.TalentPoolService;
import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import org.springframework.stereotype.Component;

/** Task_ConfirmTalentPool completed: org-dept confirms the cadre's entry into the pool, or declines with a reason. */
@Component("confirmTalentPoolListener")
class ConfirmTalentPoolListener extends FormTaskListener {

  private final TalentPoolService pools;

  ConfirmTalentPoolListener(TalentPoolService pools) {
    this.pools = pools;
  }

  @Override
  protected void onComplete(TaskForm form) {
    pools.confirm(form.subjectId(), form.text("poolConfirmation"), form.text("poolReason"), form.actor());
  }
}
