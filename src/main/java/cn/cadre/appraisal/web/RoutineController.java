package cn.cadre.appraisal.web;

import cn.cadre.appraisal.campaign.RedLightService;
import cn.cadre.appraisal.campaign.RedLightService.RedLight;
import cn.cadre.appraisal.routine.RoutineAudit;
import cn.cadre.appraisal.routine.RoutineEntry;
import cn.cadre.appraisal.routine.RoutineRoundService;
import cn.cadre.appraisal.routine.RoutineRoundService.OpenRound;
import cn.cadre.appraisal.routine.RoutineRoundService.RoundView;
import cn.cadre.appraisal.routine.RoutineScoreService;
import cn.cadre.appraisal.routine.RoutineScoreService.CadreRoutineScore;
import cn.cadre.appraisal.routine.RoutineSheetView;
import cn.cadre.appraisal.routine.RoutineWorkbook;
import cn.cadre.appraisal.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
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
 * 平时考核 (routine rounds): opening a round, each unit's scoring sheet (JSON and .xlsx), its history,
 * and a cadre's routine scores; for API clients (/api) and the scoring page (/app/api). Who may do what
 * is the services' to say (org-dept writes; the committee reads; a cadre reads their own scores).
 */
@RestController
class RoutineController {

  private static final String BASE = "/routine-rounds";
  private static final String SHEET = BASE + "/{id}/units/{unitCode}";

  private final RoutineRoundService rounds;
  private final RoutineScoreService scores;
  private final RoutineWorkbook workbook;
  private final RedLightService redLights;

  RoutineController(RoutineRoundService rounds, RoutineScoreService scores, RoutineWorkbook workbook,
      RedLightService redLights) {
    this.redLights = redLights;
    this.rounds = rounds;
    this.scores = scores;
    this.workbook = workbook;
  }

  @PostMapping({"/api" + BASE, "/app/api" + BASE})
  ResponseEntity<RoundView> open(@RequestBody OpenRound request, Authentication user) {
    if (request == null) {
      throw new InvalidInputException("请求体不能为空");
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(rounds.open(request, Viewers.of(user)));
  }

  @GetMapping({"/api" + BASE, "/app/api" + BASE})
  List<RoundView> rounds(Authentication user) {
    return rounds.rounds(Viewers.of(user));
  }

  @GetMapping({"/api" + BASE + "/{id}", "/app/api" + BASE + "/{id}"})
  RoundView round(@PathVariable long id, Authentication user) {
    return rounds.round(id, Viewers.of(user));
  }

  /** The round's tasks past their due date (红灯), with whether the reminder went out. */
  @GetMapping({"/api" + BASE + "/{id}/red-lights", "/app/api" + BASE + "/{id}/red-lights"})
  List<RedLight> redLights(@PathVariable long id, Authentication user) {
    return redLights.redLightsOf(rounds.businessKeyOf(id, Viewers.of(user)));
  }

  @GetMapping({"/api" + SHEET, "/app/api" + SHEET})
  RoutineSheetView sheet(@PathVariable long id, @PathVariable String unitCode, Authentication user) {
    return scores.sheet(id, unitCode, Viewers.of(user));
  }

  /** Saves the rows given (others keep theirs); every row checked, all or nothing. */
  @PutMapping({"/api" + SHEET, "/app/api" + SHEET})
  RoutineSheetView save(@PathVariable long id, @PathVariable String unitCode, @RequestBody SheetInput input,
      Authentication user) {
    scores.checkScorer(id, unitCode, Viewers.of(user));
    if (input == null || input.rows() == null) {
      throw new InvalidInputException("请求体应为 {\"rows\": [...]}");
    }
    return scores.save(id, unitCode, input.rows(), Viewers.of(user));
  }

  @GetMapping({"/api" + SHEET + "/history", "/app/api" + SHEET + "/history"})
  List<Change> history(@PathVariable long id, @PathVariable String unitCode, Authentication user) {
    return scores.history(id, unitCode, Viewers.of(user)).stream().map(Change::of).toList();
  }

  @GetMapping({"/api" + SHEET + ".xlsx", "/app/api" + SHEET + ".xlsx"})
  ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String unitCode, Authentication user) {
    byte[] xlsx = workbook.export(id, unitCode, Viewers.of(user));
    return ResponseEntity.ok().contentType(CalibrationController.XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("平时考核评分-" + id + "-" + unitCode + ".xlsx", StandardCharsets.UTF_8).build().toString())
        .body(xlsx);
  }

  @PostMapping(value = {"/api" + SHEET + ".xlsx", "/app/api" + SHEET + ".xlsx"},
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  RoutineSheetView upload(@PathVariable long id, @PathVariable String unitCode, @RequestParam("file") MultipartFile file,
      Authentication user) throws IOException {
    try (InputStream in = file.getInputStream()) {
      return workbook.upload(id, unitCode, in, Viewers.of(user));
    }
  }

  /** A cadre's routine scores, period by period (their appraisal file's routine part). */
  @GetMapping("/api/cadres/{code}/routine-scores")
  List<CadreRoutineScore> cadreScores(@PathVariable String code, Authentication user) {
    return scores.scoresOf(code, Viewers.of(user));
  }

  record SheetInput(List<RoutineEntry> rows) {}

  record Change(Long cadreId, RoutineAudit.Action action, String detail, String actor, LocalDateTime at) {
    static Change of(RoutineAudit a) {
      return new Change(a.getCadreId(), a.getAction(), a.getDetail(), a.getActor(), a.getActedAt());
    }
  }
}
