package cn.cadre.appraisal.process.resultapplication;

import cn.cadre.appraisal.process.ProcessFacts;
import cn.cadre.appraisal.application.TrainingService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendProgressiveTrainingNotice / Task_SendTopicTrainingNotice (async): the training notice. */
@Component("trainingNoticeDelegate")
class TrainingNoticeDelegate implements JavaDelegate {

  private final TrainingService training;

  TrainingNoticeDelegate(TrainingService training) {
    this.training = training;
  }

  @Override
  public void execute(DelegateExecution execution) {
    training.sendNotice(ProcessFacts.of(execution).subjectId(), ProcessFacts.of(execution).path());
  }
}
