package cn.cadre.appraisal.process.resultapplication;

import cn.cadre.appraisal.process.ProcessFacts;
import cn.cadre.appraisal.application.RectificationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendRectificationNotice (async): the rectification list as a notice. */
@Component("rectificationNoticeDelegate")
class RectificationNoticeDelegate implements JavaDelegate {

  private final RectificationService rectification;

  RectificationNoticeDelegate(RectificationService rectification) {
    this.rectification = rectification;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rectification.sendNotice(ProcessFacts.of(execution).subjectId());
  }
}
