package cn.cadre.appraisal.process.routine;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.routine.FieldStayService;
import org.springframework.stereotype.Component;

/** Task_RecordStayTalks completed: how many were talked to, the four groups covered (四必谈), what was heard. */
@Component("recordStayTalksListener")
class RecordStayTalksListener extends FormTaskListener {

  private final FieldStayService stays;

  RecordStayTalksListener(FieldStayService stays) {
    this.stays = stays;
  }

  @Override
  protected void onComplete(TaskForm form) {
    Integer held = form.text("talksHeld") == null ? null : form.count("talksHeld");
    stays.recordTalks(form.stayId(), held, form.flag("talkedHardPosts"), form.flag("talkedQuietWorkers"),
        form.flag("talkedSetbacks"), form.flag("talkedLongInPost"), form.text("talkSummary"), form.actor());
  }
}
