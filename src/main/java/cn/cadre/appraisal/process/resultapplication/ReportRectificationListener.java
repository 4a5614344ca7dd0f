package cn.cadre.appraisal.process.resultapplication;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.application.RectificationService;
import org.springframework.stereotype.Component;

/** Task_ReportRectification: what was fixed; unfinished items stay open for the next round. */
@Component("reportRectificationListener")
class ReportRectificationListener extends FormTaskListener {

  private final RectificationService rectification;

  ReportRectificationListener(RectificationService rectification) {
    this.rectification = rectification;
  }

  @Override
  protected void onComplete(TaskForm form) {
    rectification.report(form.subjectId(), form.text("completionReport"), form.text("unfinishedItems"), form.actor());
  }
}
