package cn.cadre.appraisal.process.routine;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.routine.RoutineScoreService;
import org.springframework.stereotype.Component;

/** Task_ScoreUnit completed: the unit's scores are submitted (refused while a cadre is unscored). */
@Component("scoreUnitListener")
class ScoreUnitListener extends FormTaskListener {

  private final RoutineScoreService scores;

  ScoreUnitListener(RoutineScoreService scores) {
    this.scores = scores;
  }

  @Override
  protected void onComplete(TaskForm form) {
    scores.submit(form.routineRoundId(), form.unitCode(), form.actor());
  }
}
