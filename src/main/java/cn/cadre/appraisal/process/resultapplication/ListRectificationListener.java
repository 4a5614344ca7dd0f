package cn.cadre.appraisal.process.resultapplication;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.application.RectificationService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.stereotype.Component;

/** Task_ListRectification: the rectification list and its deadline, which becomes the report task's due date. */
@Component("listRectificationListener")
class ListRectificationListener extends FormTaskListener {

  private final RectificationService rectification;
  private final cn.cadre.appraisal.process.OrganisationTime time;

  ListRectificationListener(RectificationService rectification, cn.cadre.appraisal.process.OrganisationTime time) {
    this.time = time;
    this.rectification = rectification;
  }

  @Override
  protected void onComplete(TaskForm form) {
    form.set("rectificationItemsShown", rectification.list(form.subjectId(), form.text("rectificationItems"),
        form.text("rectificationDeadline"), form.actor()));
    LocalDate deadline = LocalDate.parse(form.text("rectificationDeadline").substring(0, 10));
    form.set("rectificationDueDate", time.startOf(deadline.plusDays(1)));
  }
}
