package cn.cadre.appraisal.web;

import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.tally.TallyAudit;
import cn.cadre.appraisal.tally.TallyEntry;
import cn.cadre.appraisal.tally.TallySheetService;
import cn.cadre.appraisal.tally.TallySheetView;
import cn.cadre.appraisal.tally.TallyWorkbook;
import cn.cadre.appraisal.tally.UnitTallyStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 民主测评汇总表 (rounds by tallies): one sheet per unit, for API clients (/api, HTTP Basic) and for
 * the tally page (/app/api, signed-in session). The organisation department's alone.
 */
@RestController
@PreAuthorize(CalibrationController.ORG_DEPT)
class TallyController {

  private static final String BASE = "/campaigns/{id}/tallies";

  private final TallySheetService sheets;
  private final TallyWorkbook workbook;

  TallyController(TallySheetService sheets, TallyWorkbook workbook) {
    this.sheets = sheets;
    this.workbook = workbook;
  }

  @GetMapping({"/api" + BASE, "/app/api" + BASE})
  List<UnitTallyStatus> overview(@PathVariable long id) {
    return sheets.overview(id);
  }

  @GetMapping({"/api" + BASE + "/{unitCode}", "/app/api" + BASE + "/{unitCode}"})
  TallySheetView sheet(@PathVariable long id, @PathVariable String unitCode) {
    return sheets.sheet(id, unitCode);
  }

  /** Saves the unit's ballots and the rows given (others keep theirs); all rows checked, all or nothing. */
  @PutMapping({"/api" + BASE + "/{unitCode}", "/app/api" + BASE + "/{unitCode}"})
  TallySheetView save(@PathVariable long id, @PathVariable String unitCode, @RequestBody SheetInput input,
      Authentication user) {
    if (input == null) {
      throw new InvalidInputException("请求体不能为空");
    }
    return sheets.save(id, unitCode, input.ballots(), input.rows(), user.getName());
  }

  @PostMapping({"/api" + BASE + "/{unitCode}/submit", "/app/api" + BASE + "/{unitCode}/submit"})
  TallySheetView submit(@PathVariable long id, @PathVariable String unitCode, Authentication user) {
    return sheets.submit(id, unitCode, user.getName());
  }

  /** Submits every unit whose sheet is complete (after a spreadsheet upload, say). */
  @PostMapping({"/api" + BASE + "/submit-complete", "/app/api" + BASE + "/submit-complete"})
  Submitted submitComplete(@PathVariable long id, Authentication user) {
    List<String> submitted = sheets.submitComplete(id, user.getName());
    return new Submitted(submitted, sheets.unitsNotSubmitted(id));
  }

  @GetMapping({"/api" + BASE + "/{unitCode}/history", "/app/api" + BASE + "/{unitCode}/history"})
  List<Change> history(@PathVariable long id, @PathVariable String unitCode) {
    return sheets.history(id, unitCode).stream().map(Change::of).toList();
  }

  @GetMapping({"/api/campaigns/{id}/tallies.xlsx", "/app/api/campaigns/{id}/tallies.xlsx"})
  ResponseEntity<byte[]> download(@PathVariable long id) {
    return ResponseEntity.ok().contentType(CalibrationController.XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("民主测评汇总表-" + id + ".xlsx", StandardCharsets.UTF_8).build().toString())
        .body(workbook.export(id));
  }

  @PostMapping(value = {"/api/campaigns/{id}/tallies.xlsx", "/app/api/campaigns/{id}/tallies.xlsx"},
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  Uploaded upload(@PathVariable long id, @RequestParam("file") MultipartFile file, Authentication user)
      throws IOException {
    try (InputStream in = file.getInputStream()) {
      return new Uploaded(workbook.upload(id, in, user.getName()));
    }
  }

  record SheetInput(Integer ballots, List<TallyEntry> rows) {}

  record Submitted(List<String> submitted, List<String> notSubmitted) {}

  record Uploaded(int rows) {}

  record Change(Long cadreId, TallyAudit.Action action, String detail, String actor, LocalDateTime at) {
    static Change of(TallyAudit a) {
      return new Change(a.getCadreId(), a.getAction(), a.getDetail(), a.getActor(), a.getActedAt());
    }
  }
}
