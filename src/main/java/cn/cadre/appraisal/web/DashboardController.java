package cn.cadre.appraisal.web;

import cn.cadre.appraisal.dashboard.RoundDashboard;
import cn.cadre.appraisal.grading.ResultsWorkbook;
import cn.cadre.appraisal.notice.NoticeFilter;
import cn.cadre.appraisal.notice.NoticeRegister;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A round at a glance (考核看板), for the organisation department and the committee: the page's one
 * request, and its downloads under /app/api (the page's session; /api answers HTTP Basic only).
 */
@RestController
class DashboardController {

  private final RoundDashboard dashboard;
  private final ResultsWorkbook results;
  private final NoticeRegister register;

  DashboardController(RoundDashboard dashboard, ResultsWorkbook results, NoticeRegister register) {
    this.dashboard = dashboard;
    this.results = results;
    this.register = register;
  }

  @GetMapping({"/api/campaigns/{id}/dashboard", "/app/api/campaigns/{id}/dashboard"})
  @PreAuthorize(CalibrationController.READERS)
  RoundDashboard.Dashboard dashboard(@PathVariable long id) {
    return dashboard.of(id);
  }

  /** The page's link to the results spreadsheet (GET /api/campaigns/{id}/results.xlsx for clients). */
  @GetMapping("/app/api/campaigns/{id}/results.xlsx")
  @PreAuthorize(CalibrationController.READERS)
  ResponseEntity<byte[]> results(@PathVariable long id) {
    return Downloads.xlsx("考核结果-" + id + ".xlsx", results.export(id));
  }

  /** The page's link to the round's notices register (GET /api/notices/register.xlsx?campaign= for clients). */
  @GetMapping("/app/api/campaigns/{id}/notice-register.xlsx")
  ResponseEntity<byte[]> noticeRegister(@PathVariable long id, Authentication auth) {
    return Downloads.xlsx("发文登记簿-" + id + ".xlsx", register.export(new NoticeFilter(id, null, null, null), Viewers.of(auth)));
  }
}
