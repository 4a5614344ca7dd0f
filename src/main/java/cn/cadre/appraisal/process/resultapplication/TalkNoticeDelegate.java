package cn.cadre.appraisal.process.resultapplication;

import cn.cadre.appraisal.process.ProcessFacts;
import cn.cadre.appraisal.application.TalkService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_Send…TalkNotice / Task_SendTeamSummonsNotice (async): the talk or summons notice. */
@Component("talkNoticeDelegate")
class TalkNoticeDelegate implements JavaDelegate {

  private final TalkService talks;

  TalkNoticeDelegate(TalkService talks) {
    this.talks = talks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    talks.sendNotice(ProcessFacts.of(execution).subjectId(), ProcessFacts.of(execution).path());
  }
}
