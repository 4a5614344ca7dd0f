package cn.cadre.appraisal.process.routine;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.routine.FieldStayService;
import org.springframework.stereotype.Component;

/** Task_RecordStayOutputs completed: the 四个一 — report, cadres at both ends, problems, good practices. */
@Component("recordStayOutputsListener")
class RecordStayOutputsListener extends FormTaskListener {

  private final FieldStayService stays;

  RecordStayOutputsListener(FieldStayService stays) {
    this.stays = stays;
  }

  @Override
  protected void onComplete(TaskForm form) {
    stays.recordOutputs(form.stayId(), form.text("analysisReport"), form.text("doingWell"), form.text("doingBadly"),
        form.text("stayProblems"), form.text("goodPractices"), form.actor());
  }
}
