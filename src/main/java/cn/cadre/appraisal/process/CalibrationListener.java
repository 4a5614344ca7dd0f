package cn.cadre.appraisal.process;

import cn.cadre.appraisal.grading.CalibrationService;
import org.springframework.stereotype.Component;

/** Task_Calibration: applies adjustments; refuses to complete while 优秀 exceeds the quota. */
@Component("calibrationListener")
class CalibrationListener extends FormTaskListener {

  private final CalibrationService calibration;

  CalibrationListener(CalibrationService calibration) {
    this.calibration = calibration;
  }

  @Override
  protected void onComplete(TaskForm form) {
    calibration.calibrate(form.campaignId(), form.text("gradeAdjustments"), form.text("calibrationReason"), form.actor());
    form.set(CampaignProcess.VAR_CALIBRATION_SUMMARY, calibration.summary(form.campaignId()));
  }
}
