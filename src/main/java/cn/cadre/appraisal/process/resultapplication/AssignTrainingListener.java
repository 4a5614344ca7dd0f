package cn.cadre.appraisal.process.resultapplication;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.application.TrainingService;
import org.springframework.stereotype.Component;

/** Task_AssignProgressiveTraining / Task_AssignTopicTraining: the class a cadre is sent to. */
@Component("assignTrainingListener")
class AssignTrainingListener extends FormTaskListener {

  private final TrainingService training;

  AssignTrainingListener(TrainingService training) {
    this.training = training;
  }

  @Override
  protected void onComplete(TaskForm form) {
    training.assign(form.subjectId(), form.path(), form.text("className"), form.text("startsOn"), form.text("endsOn"),
        form.text("place"), form.actor());
  }
}
