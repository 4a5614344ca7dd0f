package cn.cadre.appraisal.process.resultapplication;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.application.TrainingService;
import org.springframework.stereotype.Component;

/** Task_RecordProgressiveTraining / Task_RecordTopicTraining: completion of the class. */
@Component("recordTrainingListener")
class RecordTrainingListener extends FormTaskListener {

  private final TrainingService training;

  RecordTrainingListener(TrainingService training) {
    this.training = training;
  }

  @Override
  protected void onComplete(TaskForm form) {
    training.recordOutcome(form.subjectId(), form.path(), form.text("trainingOutcome"), form.text("trainingComment"),
        form.actor());
  }
}
