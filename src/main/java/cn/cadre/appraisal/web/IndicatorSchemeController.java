package cn.cadre.appraisal.web;

import cn.cadre.appraisal.scoring.IndicatorSchemeService;
import cn.cadre.appraisal.scoring.SchemeRequest;
import cn.cadre.appraisal.scoring.SchemeView;
import cn.cadre.appraisal.scoring.SchemeWorkbook;
import cn.cadre.appraisal.shared.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * 考核指标体系: the organisation department's schemes per year and category of unit, as JSON and as
 * .xlsx (export, import). A scheme used by a scoring round is frozen; next year's starts as a copy.
 */
@RestController
class IndicatorSchemeController {

  private static final String BASE = "/api/indicator-schemes";

  private final IndicatorSchemeService schemes;
  private final SchemeWorkbook workbook;

  IndicatorSchemeController(IndicatorSchemeService schemes, SchemeWorkbook workbook) {
    this.schemes = schemes;
    this.workbook = workbook;
  }

  @PostMapping(BASE)
  ResponseEntity<SchemeView> create(@RequestBody SchemeRequest request, Authentication user) {
    return ResponseEntity.status(HttpStatus.CREATED).body(schemes.create(request, Viewers.of(user)));
  }

  @PutMapping(BASE + "/{id}")
  SchemeView replace(@PathVariable long id, @RequestBody SchemeRequest request, Authentication user) {
    return schemes.replace(id, request, Viewers.of(user));
  }

  @GetMapping(BASE)
  List<SchemeView> list(@RequestParam(required = false) Integer year) {
    return schemes.list(year);
  }

  @GetMapping(BASE + "/{id}")
  SchemeView get(@PathVariable long id) {
    return schemes.get(id);
  }

  record CopyRequest(Integer year) {}

  /** Next year's scheme (or the year given) as a copy of this one. */
  @PostMapping(BASE + "/{id}/copy")
  ResponseEntity<SchemeView> copy(@PathVariable long id, @RequestBody(required = false) CopyRequest request,
      Authentication user) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(schemes.copy(id, request == null ? null : request.year(), Viewers.of(user)));
  }

  @GetMapping({BASE + "/{id}.xlsx", "/app" + BASE + "/{id}.xlsx"})
  ResponseEntity<byte[]> export(@PathVariable long id) {
    SchemeView scheme = schemes.get(id);
    return ResponseEntity.ok().contentType(CalibrationController.XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(scheme.year() + "年度" + scheme.categoryLabel() + "考核指标体系.xlsx", StandardCharsets.UTF_8)
            .build().toString())
        .body(workbook.export(id));
  }

  /** Creates the scheme of the workbook's year and category, or replaces it while unused. */
  @PostMapping(value = {BASE + ".xlsx", "/app" + BASE + ".xlsx"}, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  SchemeView importScheme(@RequestParam("file") MultipartFile file, Authentication user) throws IOException {
    if (file.isEmpty()) {
      throw new InvalidInputException("上传的文件是空的");
    }
    return workbook.importScheme(file.getBytes(), Viewers.of(user));
  }
}
