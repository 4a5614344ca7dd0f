package cn.cadre.appraisal.process.resultapplication;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.application.TalkService;
import org.springframework.stereotype.Component;

/** Task_AcknowledgeReminderTalk / Task_AcknowledgeAdmonitionTalk: the cadre acknowledges the notice. */
@Component("acknowledgeTalkListener")
class AcknowledgeTalkListener extends FormTaskListener {

  private final TalkService talks;

  AcknowledgeTalkListener(TalkService talks) {
    this.talks = talks;
  }

  @Override
  protected void onComplete(TaskForm form) {
    talks.acknowledge(form.subjectId(), form.path(), form.flag("acknowledged"), form.text("cadreStatement"), form.actor());
  }
}
