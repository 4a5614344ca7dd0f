package cn.cadre.appraisal.process;

import cn.cadre.appraisal.grading.CalibrationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PrepareCalibration: the ranked proposals and the quota check the calibration form shows. */
@Component("prepareCalibrationDelegate")
class PrepareCalibrationDelegate implements JavaDelegate {

  private final CalibrationService calibration;

  PrepareCalibrationDelegate(CalibrationService calibration) {
    this.calibration = calibration;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long campaignId = ((Number) execution.getVariable(CampaignProcess.VAR_CAMPAIGN_ID)).longValue();
    execution.setVariable(CampaignProcess.VAR_QUOTA_STATUS, calibration.open(campaignId).describe());
    execution.setVariable(CampaignProcess.VAR_CALIBRATION_SUMMARY, calibration.summary(campaignId));
  }
}
