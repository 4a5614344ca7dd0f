package cn.cadre.appraisal.process.unitappraisal;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.grading.GradingService;
import org.springframework.stereotype.Component;

/** Task_TeamAnalysis: the appraisal team's proposal for the leadership team's grade. */
@Component("teamAnalysisListener")
class TeamAnalysisListener extends FormTaskListener {

  private final GradingService grading;

  TeamAnalysisListener(GradingService grading) {
    this.grading = grading;
  }

  @Override
  protected void onComplete(TaskForm form) {
    grading.analyseTeam(form.campaignId(), form.unitCode(), form.text("proposedTeamGrade"),
        form.text("proposalReason"), form.text("problems"), form.text("suggestions"), form.actor());
  }
}
