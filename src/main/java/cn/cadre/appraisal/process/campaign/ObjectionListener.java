package cn.cadre.appraisal.process.campaign;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.grading.ObjectionService;
import org.springframework.stereotype.Component;

/** Task_ResolveObjection: the organisation department's conclusion on an objection. */
@Component("objectionListener")
class ObjectionListener extends FormTaskListener {

  private final ObjectionService objections;

  ObjectionListener(ObjectionService objections) {
    this.objections = objections;
  }

  @Override
  protected void onComplete(TaskForm form) {
    objections.resolve(form.campaignId(), form.text(CampaignProcess.VAR_OBJECTION_CADRE_USER_ID),
        form.text("objectionResolution"), form.text("correctedGrade"), form.text("resolutionNote"), form.actor());
  }
}
