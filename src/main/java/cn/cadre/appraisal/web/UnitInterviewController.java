package cn.cadre.appraisal.web;

import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.evaluation.InterviewRow;
import cn.cadre.appraisal.evaluation.UnitInterviewService;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 个别谈话 of one unit: the records about its cadres, for the appraisal team sent to it (/api, HTTP
 * Basic; /app/api for the interview page). The service decides who may read and record.
 */
@RestController
class UnitInterviewController {

  private static final String BASE = "/campaigns/{id}/units/{unitCode}/interviews";

  private final UnitInterviewService interviews;

  UnitInterviewController(UnitInterviewService interviews) {
    this.interviews = interviews;
  }

  @GetMapping({"/api" + BASE, "/app/api" + BASE})
  List<InterviewRow> rows(@PathVariable long id, @PathVariable String unitCode, Authentication user) {
    return interviews.rows(id, unitCode, Viewers.of(user));
  }

  /** {"findings": "…", "earlySignProblems": false, "weaknessTopic": "…"}: one more record about the cadre. */
  @PostMapping({"/api" + BASE + "/{cadreCode}", "/app/api" + BASE + "/{cadreCode}"})
  InterviewRow record(@PathVariable long id, @PathVariable String unitCode, @PathVariable String cadreCode,
      @RequestBody Record record, Authentication user) {
    if (record == null) {
      throw new InvalidInputException("请求体不能为空");
    }
    return interviews.record(id, unitCode, cadreCode, record.findings(), Boolean.TRUE.equals(record.earlySignProblems()),
        record.weaknessTopic(), Viewers.of(user));
  }

  record Record(String findings, Boolean earlySignProblems, String weaknessTopic) {}
}
