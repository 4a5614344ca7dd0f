package cn.cadre.appraisal.process.unitappraisal;

import cn.cadre.appraisal.ballot.BallotWindowPort;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Correlates org-dept's early closing to the unit's appraisal waiting in its ballot window. */
@Component
class BallotWindowAdapter implements BallotWindowPort {

  private final RuntimeService runtime;

  BallotWindowAdapter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public boolean close(String unitBusinessKey) {
    return !runtime.createMessageCorrelation(UnitAppraisalProcess.MESSAGE_BALLOTS_CLOSED)
        .processInstanceBusinessKey(unitBusinessKey).correlateAllWithResult().isEmpty();
  }
}
