package cn.cadre.appraisal.process.special;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.special.SpecialConclusionService;
import org.springframework.stereotype.Component;

/** Task_ConcludeTeam completed: the team's report on a unit's leadership team, commended or not. */
@Component("concludeTeamListener")
class ConcludeTeamListener extends FormTaskListener {

  private final SpecialConclusionService conclusions;

  ConcludeTeamListener(SpecialConclusionService conclusions) {
    this.conclusions = conclusions;
  }

  @Override
  protected void onComplete(TaskForm form) {
    conclusions.concludeUnit(form.specialAppraisalId(), form.unitCode(), form.flag("commended"),
        form.text("teamStatement"), form.actor());
  }
}
