package cn.cadre.appraisal.process;

import cn.cadre.appraisal.evaluation.EvaluationService;
import cn.cadre.appraisal.evaluation.Votes;
import org.springframework.stereotype.Component;

/** Task_EnterTeamTally: records the team's democratic-evaluation result. */
@Component("teamTallyListener")
class TeamTallyListener extends FormTaskListener {

  private final EvaluationService evaluation;

  TeamTallyListener(EvaluationService evaluation) {
    this.evaluation = evaluation;
  }

  @Override
  protected void onComplete(TaskForm form) {
    Votes votes = new Votes(form.count("goodVotes"), form.count("fairlyGoodVotes"), form.count("averageVotes"),
        form.count("poorVotes"));
    evaluation.recordTeamTally(form.campaignId(), form.unitCode(), votes, form.actor());
  }
}
