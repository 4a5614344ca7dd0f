package cn.cadre.appraisal.process.unitappraisal;

import cn.cadre.appraisal.shared.ConflictException;

import cn.cadre.appraisal.process.engine.ApplicationCalls;
import cn.cadre.appraisal.tally.TallySheetPort;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** MessageEvent_TallySheetSubmitted: the unit's appraisal goes on once org-dept submits its sheet. */
@Component
class TallySheetAdapter implements TallySheetPort {

  private final RuntimeService runtime;

  TallySheetAdapter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public void submitted(Long campaignId, String unitCode) {
    try {
      // the application's message, not the user's: they may not correlate messages themselves
      ApplicationCalls.run(() -> runtime.createMessageCorrelation(UnitAppraisalProcess.MESSAGE_TALLY_SHEET_SUBMITTED)
          .processInstanceVariableEquals(UnitAppraisalProcess.VAR_CAMPAIGN_ID, campaignId)
          .processInstanceVariableEquals(UnitAppraisalProcess.VAR_UNIT_CODE, unitCode)
          .correlateWithResult());
    } catch (MismatchingMessageCorrelationException e) {
      throw new ConflictException("该单位的考核流程不在等待测评结果（可能已结束或已撤销）: " + unitCode, e);
    }
  }
}
