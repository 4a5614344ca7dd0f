package cn.cadre.appraisal.process.resultapplication;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.application.TalkService;
import org.springframework.stereotype.Component;

/** Task_HoldReminderTalk / Task_HoldAdmonitionTalk / Task_HoldTeamSummons: the leader files the talk record. */
@Component("holdTalkListener")
class HoldTalkListener extends FormTaskListener {

  private final TalkService talks;

  HoldTalkListener(TalkService talks) {
    this.talks = talks;
  }

  @Override
  protected void onComplete(TaskForm form) {
    talks.hold(form.subjectId(), form.path(), form.text("talkRecord"), form.actor());
  }
}
