package cn.cadre.appraisal.process.scoring;

import cn.cadre.appraisal.process.ProcessFacts;
import cn.cadre.appraisal.scoring.ScoringRoundService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ComputeUnitScores: every office has submitted; totals, ranks, proposed grades and spreads. */
@Component("computeUnitScoresDelegate")
class ComputeUnitScoresDelegate implements JavaDelegate {

  private final ScoringRoundService rounds;

  ComputeUnitScoresDelegate(ScoringRoundService rounds) {
    this.rounds = rounds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rounds.compute(ProcessFacts.of(execution).scoringRoundId());
  }
}
