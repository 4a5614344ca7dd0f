package cn.cadre.appraisal.process.campaign;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.grading.CalibrationService;
import org.springframework.stereotype.Component;

/**
 * Task_Calibration: the changes were made in the calibration table; completing refuses while 优秀
 * exceeds the quota, and hands the committee the round's totals (bounded by categories, not cadres).
 */
@Component("calibrationListener")
class CalibrationListener extends FormTaskListener {

  private final CalibrationService calibration;

  CalibrationListener(CalibrationService calibration) {
    this.calibration = calibration;
  }

  @Override
  protected void onComplete(TaskForm form) {
    calibration.complete(form.campaignId());
    form.set(CampaignProcess.VAR_APPROVAL_SUMMARY, calibration.approvalSummary(form.campaignId()));
  }
}
