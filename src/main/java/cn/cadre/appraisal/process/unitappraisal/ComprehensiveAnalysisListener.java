package cn.cadre.appraisal.process.unitappraisal;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.grading.CadreAnalysis;
import cn.cadre.appraisal.grading.GradingService;
import org.springframework.stereotype.Component;

/** Task_ComprehensiveAnalysis and Task_Reanalysis: the appraisal team's proposal for one cadre. */
@Component("comprehensiveAnalysisListener")
class ComprehensiveAnalysisListener extends FormTaskListener {

  private final GradingService grading;

  ComprehensiveAnalysisListener(GradingService grading) {
    this.grading = grading;
  }

  @Override
  protected void onComplete(TaskForm form) {
    grading.analyseCadre(form.campaignId(), form.cadreUserId(), new CadreAnalysis(form.text("proposedGrade"),
        form.text("proposalReason"), form.text("problems"), form.text("suggestions"),
        form.flag("potentialForPromotion"), form.flag("earlySignProblems"), form.text("weaknessTopic")), form.actor());
  }
}
