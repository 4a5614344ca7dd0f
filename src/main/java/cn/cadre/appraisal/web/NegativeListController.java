package cn.cadre.appraisal.web;

import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.evaluation.Finding;
import cn.cadre.appraisal.verification.FindingAudit;
import cn.cadre.appraisal.verification.NegativeListService;
import cn.cadre.appraisal.verification.NegativeListTable;
import cn.cadre.appraisal.verification.NegativeListWorkbook;
import cn.cadre.appraisal.verification.OfficeStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 负面清单 of a round: each office's list for API clients (/api, HTTP Basic) and for the list page
 * (/app/api, signed-in session). Who may read and write is the service's rule: an office's own
 * members write its list until they return it; they and the organisation department read it.
 */
@RestController
class NegativeListController {

  private static final String BASE = "/campaigns/{id}/negative-lists";

  private final NegativeListService lists;
  private final NegativeListWorkbook workbook;

  NegativeListController(NegativeListService lists, NegativeListWorkbook workbook) {
    this.lists = lists;
    this.workbook = workbook;
  }

  /** Where each office of the round stands (organisation department). */
  @GetMapping({"/api" + BASE, "/app/api" + BASE})
  List<OfficeStatus> status(@PathVariable long id, Authentication user) {
    return lists.status(id, Viewers.of(user));
  }

  @GetMapping({"/api" + BASE + "/{office}", "/app/api" + BASE + "/{office}"})
  NegativeListTable table(@PathVariable long id, @PathVariable String office,
      @RequestParam(required = false) String unit, @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "false") boolean marked, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size, Authentication user) {
    return lists.table(id, office, unit, q, marked, page, size, Viewers.of(user));
  }

  /** Marks a cadre, or changes the office's entry for them. */
  @PutMapping({"/api" + BASE + "/{office}/cadres/{cadreCode}", "/app/api" + BASE + "/{office}/cadres/{cadreCode}"})
  Saved mark(@PathVariable long id, @PathVariable String office, @PathVariable String cadreCode,
      @RequestBody Entry entry, Authentication user) {
    // who may write comes first: a caller who may not is told so, not what is wrong with the entry
    lists.checkMayWrite(id, office, Viewers.of(user));
    if (entry == null) {
      throw new InvalidInputException("请求体不能为空");
    }
    Finding finding = new Finding(true, entry.items() == null ? null : entry.items().strip(),
        NegativeListService.severity(entry.severity()), Boolean.TRUE.equals(entry.affectsGrade()),
        Boolean.TRUE.equals(entry.vetoItem()), Boolean.TRUE.equals(entry.underInvestigation()));
    if (finding.items().length() > 4000) {
      throw new InvalidInputException("事项说明不能超过4000字");
    }
    lists.mark(id, office, cadreCode, finding, Viewers.of(user));
    return saved(id, office, user);
  }

  /** Takes a cadre off the list. */
  @DeleteMapping({"/api" + BASE + "/{office}/cadres/{cadreCode}", "/app/api" + BASE + "/{office}/cadres/{cadreCode}"})
  Saved remove(@PathVariable long id, @PathVariable String office, @PathVariable String cadreCode,
      Authentication user) {
    lists.remove(id, office, cadreCode, Viewers.of(user));
    return saved(id, office, user);
  }

  @GetMapping({"/api" + BASE + "/{office}.xlsx", "/app/api" + BASE + "/{office}.xlsx"})
  ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String office, Authentication user) {
    byte[] file = workbook.export(id, office, Viewers.of(user));
    String name = lists.officeName(id, office, Viewers.of(user));
    return ResponseEntity.ok().contentType(CalibrationController.XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("负面清单-" + name + "-" + id + ".xlsx", StandardCharsets.UTF_8).build().toString())
        .body(file);
  }

  @PostMapping(value = {"/api" + BASE + "/{office}.xlsx", "/app/api" + BASE + "/{office}.xlsx"},
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  Saved upload(@PathVariable long id, @PathVariable String office, @RequestParam("file") MultipartFile file,
      Authentication user) throws IOException {
    try (InputStream in = file.getInputStream()) {
      int changed = workbook.upload(id, office, in, Viewers.of(user));
      Saved now = saved(id, office, user);
      return new Saved(changed, now.marked(), now.cadres());
    }
  }

  /** Every change to the list, with who made it. */
  @GetMapping({"/api" + BASE + "/{office}/history", "/app/api" + BASE + "/{office}/history"})
  List<Change> history(@PathVariable long id, @PathVariable String office, Authentication user) {
    return lists.history(id, office, Viewers.of(user)).stream().map(Change::of).toList();
  }

  private Saved saved(long id, String office, Authentication user) {
    NegativeListTable table = lists.table(id, office, null, null, true, 0, 1, Viewers.of(user));
    return new Saved(1, table.marked(), table.cadres());
  }

  /** One office's entry for a cadre, as the page or an API client sends it. */
  record Entry(String items, String severity, Boolean affectsGrade, Boolean vetoItem, Boolean underInvestigation) {}

  record Saved(int changed, int marked, int cadres) {}

  record Change(Long cadreId, FindingAudit.Action action, String detail, String actor, LocalDateTime at) {
    static Change of(FindingAudit a) {
      return new Change(a.getCadreId(), a.getAction(), a.getDetail(), a.getActor(), a.getActedAt());
    }
  }
}
