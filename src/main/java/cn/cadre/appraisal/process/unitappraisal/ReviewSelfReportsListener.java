package cn.cadre.appraisal.process.unitappraisal;

import cn.cadre.appraisal.shared.ConflictException;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.evaluation.SelfReportReviewService;
import java.util.List;
import org.springframework.stereotype.Component;

/** Task_ReviewSelfReports: done only when every report of the unit is accepted. */
@Component("reviewSelfReportsListener")
class ReviewSelfReportsListener extends FormTaskListener {

  private final SelfReportReviewService reviews;

  ReviewSelfReportsListener(SelfReportReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  protected void onComplete(TaskForm form) {
    List<String> open = reviews.notAccepted(form.campaignId(), form.unitCode());
    if (!open.isEmpty()) {
      throw new ConflictException("尚有 " + open.size() + " 份述职报告未通过审核：" + String.join("、", open));
    }
  }
}
