package cn.cadre.appraisal.process;

import cn.cadre.appraisal.evaluation.EvaluationService;
import cn.cadre.appraisal.evaluation.Votes;
import org.springframework.stereotype.Component;

/** Task_EnterEvaluationTally: records a cadre's democratic-evaluation result. */
@Component("evaluationTallyListener")
class EvaluationTallyListener extends FormTaskListener {

  private final EvaluationService evaluation;

  EvaluationTallyListener(EvaluationService evaluation) {
    this.evaluation = evaluation;
  }

  @Override
  protected void onComplete(TaskForm form) {
    Votes votes = new Votes(form.count("excellentVotes"), form.count("competentVotes"), form.count("basicVotes"),
        form.count("incompetentVotes"));
    evaluation.recordCadreTally(form.campaignId(), form.cadreUserId(), votes, form.decimal("politicalScore"), form.actor());
  }
}
