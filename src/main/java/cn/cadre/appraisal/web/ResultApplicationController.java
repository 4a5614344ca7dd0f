package cn.cadre.appraisal.web;

import cn.cadre.appraisal.application.PriorGrade;
import cn.cadre.appraisal.application.PriorGradeService;
import cn.cadre.appraisal.application.ResultActionView;
import cn.cadre.appraisal.application.ResultApplicationService;
import cn.cadre.appraisal.shared.Viewer;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 结果运用 for the organisation department: what each round's results opened, and archive grades. */
@RestController
class ResultApplicationController {

  private final ResultApplicationService application;
  private final PriorGradeService priorGrades;

  ResultApplicationController(ResultApplicationService application, PriorGradeService priorGrades) {
    this.application = application;
    this.priorGrades = priorGrades;
  }

  /** Every path a round's final grades opened, with where it stands. */
  @GetMapping("/api/campaigns/{id}/result-actions")
  List<ResultActionView> actions(@PathVariable long id, Authentication auth) {
    orgDept(auth);
    return application.actions(id);
  }

  /** A grade from the archive, for years before this application (连续三年优秀 counts them). */
  @PostMapping("/api/cadres/{code}/prior-grades")
  @ResponseStatus(HttpStatus.CREATED)
  PriorGradeView recordPriorGrade(@PathVariable String code, @RequestBody PriorGradeRequest request, Authentication auth) {
    orgDept(auth);
    return PriorGradeView.of(priorGrades.record(code, request.year(), request.grade(), request.source(), auth.getName()));
  }

  @GetMapping("/api/cadres/{code}/prior-grades")
  List<PriorGradeView> priorGrades(@PathVariable String code, Authentication auth) {
    orgDept(auth);
    return priorGrades.of(code).stream().map(PriorGradeView::of).toList();
  }

  private static void orgDept(Authentication auth) {
    Viewer viewer = Viewers.of(auth);
    if (!viewer.isOrgDept()) {
      throw new AccessDeniedException("仅组织部门可以查看和录入结果运用信息");
    }
  }

  record PriorGradeRequest(Integer year, String grade, String source) {}

  record PriorGradeView(String cadreCode, int year, String grade, String source, String recordedBy,
                        LocalDateTime recordedAt) {
    static PriorGradeView of(PriorGrade p) {
      return new PriorGradeView(p.getCadre().getCode(), p.getYear(), p.getGrade(), p.getSource(), p.getRecordedBy(),
          p.getRecordedAt());
    }
  }
}
