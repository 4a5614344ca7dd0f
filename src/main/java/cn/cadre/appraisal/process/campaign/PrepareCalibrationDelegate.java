package cn.cadre.appraisal.process.campaign;

import cn.cadre.appraisal.process.ProcessFacts;
import cn.cadre.appraisal.grading.CalibrationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_PrepareCalibration: opens calibration and sets the one-line quota check the form shows. The
 * table itself is read from the domain tables by the calibration page: nothing here grows with the round.
 */
@Component("prepareCalibrationDelegate")
class PrepareCalibrationDelegate implements JavaDelegate {

  private final CalibrationService calibration;

  PrepareCalibrationDelegate(CalibrationService calibration) {
    this.calibration = calibration;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long campaignId = ProcessFacts.of(execution).campaignId();
    execution.setVariable(CampaignProcess.VAR_QUOTA_STATUS, calibration.open(campaignId).describe());
  }
}
