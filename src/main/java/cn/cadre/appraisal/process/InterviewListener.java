package cn.cadre.appraisal.process;

import cn.cadre.appraisal.evaluation.EvaluationService;
import org.springframework.stereotype.Component;

/** Task_Interview: records what individual interviews found about a cadre. */
@Component("interviewListener")
class InterviewListener extends FormTaskListener {

  private final EvaluationService evaluation;

  InterviewListener(EvaluationService evaluation) {
    this.evaluation = evaluation;
  }

  @Override
  protected void onComplete(TaskForm form) {
    evaluation.recordInterview(form.campaignId(), form.cadreUserId(), form.text("interviewFindings"),
        form.flag("earlySignProblems"), form.text("weaknessTopic"), form.actor());
  }
}
