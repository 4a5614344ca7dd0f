package cn.cadre.appraisal.process;

import cn.cadre.appraisal.application.ResultPath;
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
    training.sendNotice(((Number) execution.getVariable(ResultApplicationProcess.VAR_GRADE_RECORD_ID)).longValue(), ResultPath.parse((String) execution.getVariable(ResultApplicationProcess.VAR_PATH)));
  }
}
