package cn.cadre.appraisal.web;

import cn.cadre.appraisal.organisation.IssuingOrganService;
import cn.cadre.appraisal.organisation.Roster;
import cn.cadre.appraisal.organisation.RosterImport;
import cn.cadre.appraisal.organisation.RosterReader;
import cn.cadre.appraisal.organisation.RosterReport;
import cn.cadre.appraisal.organisation.RosterTemplate;
import cn.cadre.appraisal.organisation.RosterValidationException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import cn.cadre.appraisal.process.AsApplication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 花名册导入 (organisation department or administrator): JSON, an Excel workbook (part "file") or
 * CSV parts "units", "cadres", "staff". Answers the counts, or 400 naming every bad row.
 */
@RestController
@RequestMapping("/api/roster")
class RosterController {

  private static final String MAY_IMPORT = "hasAnyAuthority('GROUP_org-dept','GROUP_camunda-admin')";
  private static final String EXCEL_PART = "file";
  static final String ROSTER_DOC = "单位（units）、干部（cadres）、工作人员（staff）三部分，任选；JSON 还可带发文机关"
      + "（issuingOrgan: {name, documentPrefix}）。Excel 为一个文件（file），工作表名为 units/单位、cadres/干部、"
      + "staff/工作人员，第1行为列名；CSV 为 UTF-8 的 units、cadres、staff 文件。每列的含义、必填与允许的值见"
      + " GET /api/roster/template.xlsx 的“填写说明”及 docs/roster.md。按编码幂等导入；任何一行有误则不导入，按行列出问题。";
  static final String JSON_EXAMPLE = """
      {"units": [{"code": "qs-edu", "name": "青石县教育局", "category": "DEPARTMENT"}],
       "cadres": [{"code": "qs-edu-01", "name": "张𠀀", "position": "局长", "role": "PRINCIPAL",
                   "unitCode": "qs-edu", "userId": "zhangsan", "birthDate": "1975-03-01"}],
       "staff": [{"userId": "liming", "name": "李明", "homeUnitCode": "qs-edu", "groups": ["appraisal-team"]}],
       "issuingOrgan": {"name": "中共青石县委组织部", "documentPrefix": "青组"}}""";

  /** The multipart form, for the API description only: one Excel file, or CSV files by part. */
  @Schema(description = "一个 Excel 文件（file），或 CSV 文件（units、cadres、staff，任选），不要同时上传")
  record RosterFiles(
      @Schema(type = "string", format = "binary", description = "Excel 花名册（.xlsx），模板见 /api/roster/template.xlsx") String file,
      @Schema(type = "string", format = "binary", description = "CSV：单位") String units,
      @Schema(type = "string", format = "binary", description = "CSV：干部") String cadres,
      @Schema(type = "string", format = "binary", description = "CSV：工作人员") String staff) {}

  /** The roster's optional 发文机关 (JSON only): {name, documentPrefix}. */
  private static final String ISSUING_ORGAN = "issuingOrgan";

  private final RosterImport rosterImport;
  private final AsApplication application;
  private final cn.cadre.appraisal.account.CredentialSheets sheets;

  RosterController(RosterImport rosterImport, AsApplication application,
      cn.cadre.appraisal.account.CredentialSheets sheets) {
    this.rosterImport = rosterImport;
    this.application = application;
    this.sheets = sheets;
  }

  /**
   * The report as JSON (with the new users' one-time passwords), or — asked for with Accept — the
   * passwords alone as an .xlsx or as printable slips. They are answered this once.
   */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize(MAY_IMPORT)
  @Operation(summary = "导入花名册", description = ROSTER_DOC)
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
      @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(value = JSON_EXAMPLE)),
      @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = RosterFiles.class))})
  ResponseEntity<?> importJson(@RequestBody JsonNode body, Authentication user,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    IssuingOrganService.Names organ = null;
    if (body != null && body.isObject() && body.has(ISSUING_ORGAN)) {
      JsonNode o = body.get(ISSUING_ORGAN);
      if (!o.isObject()) {
        throw invalid(ISSUING_ORGAN + " 应为对象 {name, documentPrefix}，如 {\"name\": \"中共某县委组织部\", \"documentPrefix\": \"某组\"}");
      }
      organ = new IssuingOrganService.Names(o.path("name").asText(""), o.path("documentPrefix").asText(""));
      body = ((com.fasterxml.jackson.databind.node.ObjectNode) body).deepCopy().without(ISSUING_ORGAN);
    }
    return answer(importAsApplication(RosterReader.fromJson(body), organ, user), accept);
  }

  /** 花名册模板: the three sheets with their headers and an example row, and 填写说明 (every column). */
  @GetMapping("/template.xlsx")
  @PreAuthorize(MAY_IMPORT)
  ResponseEntity<byte[]> template() {
    return ResponseEntity.ok().contentType(CalibrationController.XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("花名册模板.xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .body(RosterTemplate.workbook());
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize(MAY_IMPORT)
  @Operation(summary = "导入花名册（Excel 或 CSV 文件）", description = ROSTER_DOC)
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
      schema = @Schema(implementation = RosterFiles.class)))
  ResponseEntity<?> importFiles(@Parameter(hidden = true) @RequestParam Map<String, MultipartFile> parts, Authentication user,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) throws IOException {
    MultipartFile excel = parts.get(EXCEL_PART);
    if (excel != null && parts.size() > 1) {
      throw invalid("请只上传一个 Excel 文件（file），或 CSV 文件（units、cadres、staff），不要同时上传");
    }
    if (parts.isEmpty()) {
      throw invalid("没有上传文件：应有 Excel 文件（file）或 CSV 文件（units、cadres、staff）");
    }
    Roster roster;
    if (excel != null) {
      try (InputStream in = excel.getInputStream()) {
        roster = RosterReader.fromExcel(in);
      }
    } else {
      Map<String, byte[]> csv = new LinkedHashMap<>();
      for (Map.Entry<String, MultipartFile> part : parts.entrySet()) {
        csv.put(part.getKey(), part.getValue().getBytes());
      }
      roster = RosterReader.fromCsv(csv);
    }
    return answer(importAsApplication(roster, user), accept);
  }

  private ResponseEntity<?> answer(RosterReport report, String accept) {
    String wanted = accept == null ? "" : accept;
    if (wanted.contains("spreadsheetml")) {
      return ResponseEntity.ok().contentType(CalibrationController.XLSX)
          .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
              .filename("一次性密码.xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString())
          .body(sheets.xlsx(report.credentials()));
    }
    if (wanted.contains(MediaType.TEXT_HTML_VALUE)) {
      return ResponseEntity.ok().contentType(MediaType.parseMediaType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8"))
          .body(sheets.slips(report.credentials()));
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
  }

  /**
   * The caller's right to import is checked above; users and memberships are then written by the
   * application itself, as for the demo data. Under the caller's engine authentication Camunda would
   * refuse (org-dept has no permissions on users: it must not manage them in Camunda Admin) and
   * would even hide existing users from the directory's look-ups.
   */
  private RosterReport importAsApplication(Roster roster, Authentication user) {
    return importAsApplication(roster, null, user);
  }

  private RosterReport importAsApplication(Roster roster, IssuingOrganService.Names organ, Authentication user) {
    boolean admin = user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("GROUP_camunda-admin"));
    return application.call(() -> rosterImport.importRoster(roster, organ, user.getName(), admin));
  }

  /** Every error, each naming its row, in detail (one per line) and as a list in "errors". */
  @ExceptionHandler(RosterValidationException.class)
  ProblemDetail invalidRoster(RosterValidationException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join("\n", e.errors()));
    problem.setTitle("花名册有误，未导入任何数据");
    problem.setProperty("errors", e.errors());
    return problem;
  }

  private static RosterValidationException invalid(String message) {
    return new RosterValidationException(List.of(message));
  }
}
