package cn.cadre.appraisal.process.campaign;

import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.JsonVariables;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.grading.ApprovalService;
import cn.cadre.appraisal.grading.SentBack;
import org.springframework.stereotype.Component;

/** Task_Approval: the party committee approves, or sends back the cadres it ticked in the table, and why. */
@Component("approvalListener")
class ApprovalListener extends FormTaskListener {

  private final ApprovalService approval;

  ApprovalListener(ApprovalService approval) {
    this.approval = approval;
  }

  @Override
  protected void onComplete(TaskForm form) {
    String decision = form.text(CampaignProcess.VAR_APPROVAL_DECISION);
    if (CampaignProcess.SEND_BACK.equals(decision)) {
      SentBack sentBack = approval.sendBack(form.campaignId(), form.text("approvalReason"));
      form.set(CampaignProcess.VAR_SENT_BACK_CADRE_USER_IDS, JsonVariables.list(sentBack.cadreUserIds()));
      form.set(CampaignProcess.VAR_SENT_BACK_CADRE_NAMES, JsonVariables.map(sentBack.cadreNames()));
      form.set(CampaignProcess.VAR_SENT_BACK_UNIT_NAMES, JsonVariables.map(sentBack.unitNames()));
      form.set(CampaignProcess.VAR_SENT_BACK_TEAMS, JsonVariables.map(sentBack.teams()));
    } else if (CampaignProcess.APPROVE.equals(decision)) {
      approval.approve(form.campaignId(), form.actor());
    } else {
      throw new InvalidInputException("审定意见只能是“同意”或“退回重新研判”: " + decision);
    }
  }
}
