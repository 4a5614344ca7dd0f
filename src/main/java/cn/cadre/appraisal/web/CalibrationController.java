package cn.cadre.appraisal.web;

import cn.cadre.appraisal.spreadsheet.InvalidSheetException;
import cn.cadre.appraisal.grading.CalibrationChange;
import cn.cadre.appraisal.grading.CalibrationQuery;
import cn.cadre.appraisal.grading.ApprovalService;
import cn.cadre.appraisal.grading.CalibrationService;
import cn.cadre.appraisal.grading.CalibrationTable;
import cn.cadre.appraisal.grading.CalibrationWorkbook;
import cn.cadre.appraisal.grading.QuotaStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 统筹校准表 and 审定表: the round's cadres as a table, for API clients (/api, HTTP Basic) and for
 * the calibration page (/app/api, signed-in session). The organisation department changes grades
 * (in the table or by uploading the spreadsheet); the party committee ticks cadres to send back.
 * Both read the table; nobody else does.
 */
@RestController
class CalibrationController {

  static final String READERS = "hasAnyAuthority('GROUP_org-dept', 'GROUP_party-committee', 'GROUP_camunda-admin')";
  static final String ORG_DEPT = "hasAnyAuthority('GROUP_org-dept', 'GROUP_camunda-admin')";
  static final String COMMITTEE = "hasAnyAuthority('GROUP_party-committee')";
  static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final CalibrationService calibration;
  private final CalibrationWorkbook workbook;
  private final ApprovalService approval;

  CalibrationController(CalibrationService calibration, CalibrationWorkbook workbook, ApprovalService approval) {
    this.approval = approval;
    this.calibration = calibration;
    this.workbook = workbook;
  }

  @GetMapping({"/api/campaigns/{id}/calibration", "/app/api/campaigns/{id}/calibration"})
  @PreAuthorize(READERS)
  CalibrationTable table(@PathVariable long id, @RequestParam(required = false) String unit,
      @RequestParam(required = false) String category, @RequestParam(required = false) String grade,
      @RequestParam(required = false) String flag, @RequestParam(defaultValue = "group") String sort,
      @RequestParam(defaultValue = "false") boolean desc, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size) {
    return calibration.table(id, new CalibrationQuery(unit, category, grade, flag, sort, desc, page, size));
  }

  /** Grade changes with a reason each; all or nothing. Answers the quota afterwards. */
  @PostMapping({"/api/campaigns/{id}/calibration/changes", "/app/api/campaigns/{id}/calibration/changes"})
  @PreAuthorize(ORG_DEPT)
  Saved change(@PathVariable long id, @RequestBody Changes body, Authentication user) {
    QuotaStatus quota = calibration.applyChanges(id, body == null ? null : body.changes(), user.getName());
    return new Saved(body.changes().size(), quota, quota.describe());
  }

  @GetMapping({"/api/campaigns/{id}/calibration.xlsx", "/app/api/campaigns/{id}/calibration.xlsx"})
  @PreAuthorize(READERS)
  ResponseEntity<byte[]> download(@PathVariable long id) {
    return ResponseEntity.ok().contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("统筹校准表-" + id + ".xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .body(workbook.export(id));
  }

  @PostMapping(value = {"/api/campaigns/{id}/calibration.xlsx", "/app/api/campaigns/{id}/calibration.xlsx"},
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize(ORG_DEPT)
  Saved upload(@PathVariable long id, @RequestParam("file") MultipartFile file, Authentication user) throws IOException {
    try (InputStream in = file.getInputStream()) {
      CalibrationWorkbook.Uploaded uploaded = workbook.upload(id, in, user.getName());
      return new Saved(uploaded.changed(), uploaded.quota(), uploaded.quota().describe());
    }
  }

  /** The committee ticks (sendBack=true) or unticks cadres to send back for re-analysis. */
  @PostMapping({"/api/campaigns/{id}/calibration/send-back", "/app/api/campaigns/{id}/calibration/send-back"})
  @PreAuthorize(COMMITTEE)
  Ticked tick(@PathVariable long id, @RequestBody Tick body) {
    return new Ticked(approval.tick(id, body.cadreCodes(), body.sendBack()));
  }

  @ExceptionHandler(InvalidSheetException.class)
  ProblemDetail invalidSheet(InvalidSheetException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("校准表有误，未保存任何调整");
    problem.setProperty("errors", e.errors());
    return problem;
  }

  record Changes(List<CalibrationChange> changes) {}

  record Saved(int changes, QuotaStatus quota, String quotaText) {}

  record Tick(List<String> cadreCodes, boolean sendBack) {}

  record Ticked(long ticked) {}
}
