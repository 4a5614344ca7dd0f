package cn.cadre.appraisal.process;

import cn.cadre.appraisal.application.ResultPath;
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
    talks.sendNotice(((Number) execution.getVariable(ResultApplicationProcess.VAR_GRADE_RECORD_ID)).longValue(), ResultPath.parse((String) execution.getVariable(ResultApplicationProcess.VAR_PATH)));
  }
}
