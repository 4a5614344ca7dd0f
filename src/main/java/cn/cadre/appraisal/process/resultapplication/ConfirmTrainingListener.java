package cn.cadre.appraisal.process.resultapplication;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.application.TrainingService;
import org.springframework.stereotype.Component;

/** Task_ConfirmProgressiveTraining / Task_ConfirmTopicTraining: the cadre confirms attendance or asks leave. */
@Component("confirmTrainingListener")
class ConfirmTrainingListener extends FormTaskListener {

  private final TrainingService training;

  ConfirmTrainingListener(TrainingService training) {
    this.training = training;
  }

  @Override
  protected void onComplete(TaskForm form) {
    training.confirm(form.subjectId(), form.path(), form.text("attendance"), form.text("leaveReason"), form.actor());
  }
}
