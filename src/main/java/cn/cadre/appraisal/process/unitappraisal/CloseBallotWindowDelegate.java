package cn.cadre.appraisal.process.unitappraisal;

import cn.cadre.appraisal.process.ProcessFacts;
import cn.cadre.appraisal.ballot.BallotService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseBallotWindow (async): no more ballots; the counted ballots become the unit's tallies. */
@Component("closeBallotWindowDelegate")
class CloseBallotWindowDelegate implements JavaDelegate {

  private final BallotService ballots;

  CloseBallotWindowDelegate(BallotService ballots) {
    this.ballots = ballots;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ballots.close(ProcessFacts.of(execution).campaignId(),
        ProcessFacts.of(execution).unitCode());
  }
}
