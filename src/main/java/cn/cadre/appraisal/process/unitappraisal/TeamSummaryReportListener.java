package cn.cadre.appraisal.process.unitappraisal;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.evaluation.EvaluationService;
import org.springframework.stereotype.Component;

/** Task_TeamSummaryReport: files the team's summary report. */
@Component("teamSummaryReportListener")
class TeamSummaryReportListener extends FormTaskListener {

  private final EvaluationService evaluation;

  TeamSummaryReportListener(EvaluationService evaluation) {
    this.evaluation = evaluation;
  }

  @Override
  protected void onComplete(TaskForm form) {
    evaluation.fileTeamReport(form.campaignId(), form.unitCode(), form.text("teamReportText"), form.actor());
  }
}
