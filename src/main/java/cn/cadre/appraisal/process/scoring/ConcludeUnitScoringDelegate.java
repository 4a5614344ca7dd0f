package cn.cadre.appraisal.process.scoring;

import cn.cadre.appraisal.process.ProcessFacts;
import cn.cadre.appraisal.scoring.ScoringRoundService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ConcludeUnitScoring: the grades are final; confirmed halvings go to next year's schemes. */
@Component("concludeUnitScoringDelegate")
class ConcludeUnitScoringDelegate implements JavaDelegate {

  private final ScoringRoundService rounds;

  ConcludeUnitScoringDelegate(ScoringRoundService rounds) {
    this.rounds = rounds;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    Object confirmed = execution.getVariable(UnitScoringProcess.VAR_CONFIRMED_HALVINGS);
    String reviewer = (String) execution.getVariable(UnitScoringProcess.VAR_REVIEWED_BY);
    rounds.conclude(ProcessFacts.of(execution).scoringRoundId(), confirmed == null ? List.of() : (List<String>) confirmed,
        reviewer == null ? "org-dept" : reviewer);
  }
}
