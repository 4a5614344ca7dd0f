package cn.cadre.appraisal.process.routine;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.routine.FieldStayService;
import org.springframework.stereotype.Component;

/** Task_RecordStayVisits completed: the projects and meetings the team saw. */
@Component("recordStayVisitsListener")
class RecordStayVisitsListener extends FormTaskListener {

  private final FieldStayService stays;

  RecordStayVisitsListener(FieldStayService stays) {
    this.stays = stays;
  }

  @Override
  protected void onComplete(TaskForm form) {
    stays.recordVisits(form.stayId(), form.text("siteVisits"), form.actor());
  }
}
