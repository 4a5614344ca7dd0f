package cn.cadre.appraisal.process.resultapplication;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.application.TalkService;
import org.springframework.stereotype.Component;

/** Task_ScheduleReminderTalk / Task_ScheduleAdmonitionTalk / Task_ScheduleTeamSummons: when, where, and who talks. */
@Component("scheduleTalkListener")
class ScheduleTalkListener extends FormTaskListener {

  private final TalkService talks;

  ScheduleTalkListener(TalkService talks) {
    this.talks = talks;
  }

  @Override
  protected void onComplete(TaskForm form) {
    form.set("leaderName", talks.schedule(form.subjectId(), form.path(), form.text("talkAt"), form.text("place"),
        form.text("talkLeader"), form.actor()));
  }
}
