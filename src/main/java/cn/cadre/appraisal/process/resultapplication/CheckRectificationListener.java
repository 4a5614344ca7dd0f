package cn.cadre.appraisal.process.resultapplication;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.application.RectificationService;
import org.springframework.stereotype.Component;

/** Task_CheckRectification: the organisation department accepts the report or returns it. */
@Component("checkRectificationListener")
class CheckRectificationListener extends FormTaskListener {

  private final RectificationService rectification;

  CheckRectificationListener(RectificationService rectification) {
    this.rectification = rectification;
  }

  @Override
  protected void onComplete(TaskForm form) {
    rectification.check(form.subjectId(), form.text("checkResult"), form.text("checkComment"), form.actor());
  }
}
