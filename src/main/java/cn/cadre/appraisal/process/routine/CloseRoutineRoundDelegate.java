package cn.cadre.appraisal.process.routine;

import cn.cadre.appraisal.process.ProcessFacts;
import cn.cadre.appraisal.routine.RoutineRoundService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseRoutineRound: every unit is submitted, so the round is done. */
@Component("closeRoutineRoundDelegate")
class CloseRoutineRoundDelegate implements JavaDelegate {

  private final RoutineRoundService rounds;

  CloseRoutineRoundDelegate(RoutineRoundService rounds) {
    this.rounds = rounds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rounds.close(ProcessFacts.of(execution).routineRoundId());
  }
}
