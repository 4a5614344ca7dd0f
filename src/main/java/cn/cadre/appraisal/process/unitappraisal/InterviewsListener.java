package cn.cadre.appraisal.process.unitappraisal;

import cn.cadre.appraisal.shared.ConflictException;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.evaluation.UnitInterviewService;
import java.util.List;
import org.springframework.stereotype.Component;

/** Task_Interviews: done only when every cadre of the unit has at least one interview record. */
@Component("interviewsListener")
class InterviewsListener extends FormTaskListener {

  private final UnitInterviewService interviews;

  InterviewsListener(UnitInterviewService interviews) {
    this.interviews = interviews;
  }

  @Override
  protected void onComplete(TaskForm form) {
    List<String> missing = interviews.withoutRecord(form.campaignId(), form.unitCode());
    if (!missing.isEmpty()) {
      throw new ConflictException("尚有 " + missing.size() + " 名干部没有个别谈话记录：" + String.join("、", missing));
    }
  }
}
