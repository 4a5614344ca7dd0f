package cn.cadre.appraisal.process.campaign;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.verification.NegativeListService;
import org.springframework.stereotype.Component;

/**
 * Task_NegativeList: an office returns its negative list for the whole round (the entries were made
 * on the list page or uploaded; the form confirms the rest are clear and explains a late return).
 */
@Component("negativeListListener")
class NegativeListListener extends FormTaskListener {

  private final NegativeListService lists;
  private final cn.cadre.appraisal.process.OrganisationTime time;

  NegativeListListener(NegativeListService lists, cn.cadre.appraisal.process.OrganisationTime time) {
    this.lists = lists;
    this.time = time;
  }

  @Override
  protected void onComplete(TaskForm form) {
    lists.submit(form.campaignId(), form.text(CampaignProcess.VAR_OFFICE_CODE), form.actor(),
        form.flag(CampaignProcess.VAR_CONFIRM_ALL_CLEAR), form.text(CampaignProcess.VAR_LATE_EXPLANATION), form.due(time));
  }
}
