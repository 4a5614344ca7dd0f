package cn.cadre.appraisal.process.unitappraisal;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.evaluation.EvaluationService;
import cn.cadre.appraisal.evaluation.Votes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Listeners of unit-appraisal model versions before tallies, interviews and reviews were worked per
 * unit (Task_EnterEvaluationTally, Task_EnterTeamTally, Task_Interview per cadre). The current model
 * no longer names them; they stay so that rounds opened under those versions finish as they began.
 */
@Configuration
class EarlierModelListeners {

  @Bean("evaluationTallyListener")
  FormTaskListener evaluationTallyListener(EvaluationService evaluation) {
    return new FormTaskListener() {
      @Override
      protected void onComplete(TaskForm form) {
        Votes votes = new Votes(form.count("excellentVotes"), form.count("competentVotes"), form.count("basicVotes"),
            form.count("incompetentVotes"));
        evaluation.recordCadreTally(form.campaignId(), form.cadreUserId(), votes, form.decimal("politicalScore"),
            form.actor());
      }
    };
  }

  @Bean("teamTallyListener")
  FormTaskListener teamTallyListener(EvaluationService evaluation) {
    return new FormTaskListener() {
      @Override
      protected void onComplete(TaskForm form) {
        evaluation.recordTeamTally(form.campaignId(), form.unitCode(), new Votes(form.count("goodVotes"),
            form.count("fairlyGoodVotes"), form.count("averageVotes"), form.count("poorVotes")), form.actor());
      }
    };
  }

  @Bean("interviewListener")
  FormTaskListener interviewListener(EvaluationService evaluation) {
    return new FormTaskListener() {
      @Override
      protected void onComplete(TaskForm form) {
        evaluation.recordInterview(form.campaignId(), form.cadreUserId(), form.text("interviewFindings"),
            form.flag("earlySignProblems"), form.text("weaknessTopic"), form.actor());
      }
    };
  }
}
