package cn.cadre.appraisal.web;

import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.evaluation.ReportRow;
import cn.cadre.appraisal.evaluation.SelfReportReviewService;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 审核述职报告 of one unit: its cadres' reports for the appraisal team sent to it (/api, HTTP Basic;
 * /app/api for the review page). The service decides who may read and decide.
 */
@RestController
class SelfReportReviewController {

  private static final String BASE = "/campaigns/{id}/units/{unitCode}/reports";

  private final SelfReportReviewService reviews;

  SelfReportReviewController(SelfReportReviewService reviews) {
    this.reviews = reviews;
  }

  @GetMapping({"/api" + BASE, "/app/api" + BASE})
  List<ReportRow> reports(@PathVariable long id, @PathVariable String unitCode, Authentication user) {
    return reviews.reports(id, unitCode, Viewers.of(user));
  }

  /** {"decision": "accepted" | "returned", "comment": "…"} (a comment is required to return). */
  @PostMapping({"/api" + BASE + "/{cadreCode}/review", "/app/api" + BASE + "/{cadreCode}/review"})
  ReportRow review(@PathVariable long id, @PathVariable String unitCode, @PathVariable String cadreCode,
      @RequestBody Decision decision, Authentication user) {
    if (decision == null) {
      throw new InvalidInputException("请求体不能为空");
    }
    return reviews.review(id, unitCode, cadreCode, decision.decision(), decision.comment(), Viewers.of(user));
  }

  record Decision(String decision, String comment) {}
}
