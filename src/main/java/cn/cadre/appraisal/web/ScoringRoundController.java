package cn.cadre.appraisal.web;

import cn.cadre.appraisal.campaign.CampaignService;
import cn.cadre.appraisal.campaign.RedLightService;
import cn.cadre.appraisal.scoring.OfficeSheet;
import cn.cadre.appraisal.scoring.OfficeSheetWorkbook;
import cn.cadre.appraisal.scoring.OpenScoringRound;
import cn.cadre.appraisal.scoring.ScoreAudit;
import cn.cadre.appraisal.scoring.ScoreEntry;
import cn.cadre.appraisal.scoring.ScoresView;
import cn.cadre.appraisal.scoring.ScoresWorkbook;
import cn.cadre.appraisal.scoring.ScoringRoundService;
import cn.cadre.appraisal.scoring.ScoringRoundView;
import cn.cadre.appraisal.shared.InvalidInputException;
import cn.cadre.appraisal.shared.NotFoundException;
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
 * 综合考核评分: a year's round opened, each office's table (JSON and .xlsx), the scores with totals,
 * ranks, grades and spreads (JSON and .xlsx), a grade changed with a reason, the audit, red lights.
 * The offices' submissions and org-dept's review are the process's tasks in Tasklist.
 */
@RestController
class ScoringRoundController {

  private static final String BASE = "/api/scoring-rounds";
  private static final String SHEET = "/scoring-rounds/{id}/offices/{office}/sheet";

  private final ScoringRoundService rounds;
  private final OfficeSheetWorkbook sheets;
  private final ScoresWorkbook scoresWorkbook;
  private final RedLightService redLights;
  private final CampaignService campaigns;

  ScoringRoundController(ScoringRoundService rounds, OfficeSheetWorkbook sheets, ScoresWorkbook scoresWorkbook,
      RedLightService redLights, CampaignService campaigns) {
    this.rounds = rounds;
    this.sheets = sheets;
    this.scoresWorkbook = scoresWorkbook;
    this.redLights = redLights;
    this.campaigns = campaigns;
  }

  @PostMapping({BASE, "/app" + BASE})
  ResponseEntity<ScoringRoundView> open(@RequestBody OpenScoringRound request, Authentication user) {
    return ResponseEntity.status(HttpStatus.CREATED).body(rounds.open(request, Viewers.of(user)));
  }

  @GetMapping(BASE)
  List<ScoringRoundView> rounds(Authentication user) {
    return rounds.rounds(Viewers.of(user));
  }

  @GetMapping({BASE + "/{id}", "/app" + BASE + "/{id}"})
  ScoringRoundView round(@PathVariable long id, Authentication user) {
    return rounds.round(id, Viewers.of(user));
  }

  /** The offices' tasks past their due date (红灯). */
  @GetMapping(BASE + "/{id}/red-lights")
  List<RedLightService.RedLight> redLights(@PathVariable long id, Authentication user) {
    return redLights.redLightsOf(rounds.businessKeyOf(id, Viewers.of(user)));
  }

  @GetMapping({"/api" + SHEET, "/app/api" + SHEET})
  OfficeSheet sheet(@PathVariable long id, @PathVariable String office, Authentication user) {
    return rounds.sheet(id, office, Viewers.of(user));
  }

  record SheetInput(List<ScoreEntry> rows, String reason) {}

  @PutMapping({"/api" + SHEET, "/app/api" + SHEET})
  OfficeSheet save(@PathVariable long id, @PathVariable String office, @RequestBody SheetInput input,
      Authentication user) {
    rounds.checkOfficeOrOrgDept(id, office, Viewers.of(user));
    if (input == null) {
      throw new InvalidInputException("请求体不能为空");
    }
    return rounds.save(id, office, input.rows(), input.reason(), Viewers.of(user));
  }

  @GetMapping({"/api" + SHEET + ".xlsx", "/app/api" + SHEET + ".xlsx"})
  ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String office, Authentication user) {
    byte[] xlsx = sheets.export(id, office, Viewers.of(user));
    return xlsx("综合考核评分-" + id + "-" + office + ".xlsx", xlsx);
  }

  @PostMapping(value = {"/api" + SHEET + ".xlsx", "/app/api" + SHEET + ".xlsx"},
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  OfficeSheet upload(@PathVariable long id, @PathVariable String office, @RequestParam("file") MultipartFile file,
      @RequestParam(value = "reason", required = false) String reason, Authentication user) throws IOException {
    try (InputStream in = file.getInputStream()) {
      return sheets.upload(id, office, in, reason, Viewers.of(user));
    }
  }

  @GetMapping({BASE + "/{id}/scores", "/app" + BASE + "/{id}/scores"})
  ScoresView scores(@PathVariable long id, Authentication user) {
    return rounds.scores(id, Viewers.of(user));
  }

  @GetMapping({BASE + "/{id}/scores.xlsx", "/app" + BASE + "/{id}/scores.xlsx"})
  ResponseEntity<byte[]> scoresXlsx(@PathVariable long id, Authentication user) {
    return xlsx("综合考核结果-" + id + ".xlsx", scoresWorkbook.export(id, Viewers.of(user)));
  }

  /** The scores of the scoring round of a campaign's year (the annual round's view of its units' results). */
  @GetMapping("/api/campaigns/{id}/scores")
  ScoresView campaignScores(@PathVariable long id, Authentication user) {
    int year = campaigns.campaign(id).getYear();
    long round = rounds.roundOfYear(year)
        .orElseThrow(() -> new NotFoundException(year + "年度尚未开启综合考核评分"));
    return rounds.scores(round, Viewers.of(user));
  }

  @GetMapping("/api/campaigns/{id}/scores.xlsx")
  ResponseEntity<byte[]> campaignScoresXlsx(@PathVariable long id, Authentication user) {
    int year = campaigns.campaign(id).getYear();
    long round = rounds.roundOfYear(year)
        .orElseThrow(() -> new NotFoundException(year + "年度尚未开启综合考核评分"));
    return xlsx("综合考核结果-" + year + ".xlsx", scoresWorkbook.export(round, Viewers.of(user)));
  }

  record GradeChange(String grade, String reason) {}

  @PutMapping({BASE + "/{id}/units/{unit}/grade", "/app" + BASE + "/{id}/units/{unit}/grade"})
  ScoringRoundView changeGrade(@PathVariable long id, @PathVariable String unit, @RequestBody GradeChange change,
      Authentication user) {
    if (change == null) {
      throw new InvalidInputException("请求体不能为空");
    }
    return rounds.changeGrade(id, unit, change.grade(), change.reason(), Viewers.of(user));
  }

  record Change(String unit, String subject, String oldValue, String newValue, String reason, String actor,
                LocalDateTime at) {
    static Change of(ScoreAudit a) {
      return new Change(a.getUnitCode(), a.getSubject(), a.getOldValue(), a.getNewValue(), a.getReason(), a.getActor(),
          a.getAt());
    }
  }

  @GetMapping(BASE + "/{id}/history")
  List<Change> history(@PathVariable long id, Authentication user) {
    return rounds.history(id, Viewers.of(user)).stream().map(Change::of).toList();
  }

  private static ResponseEntity<byte[]> xlsx(String fileName, byte[] content) {
    return ResponseEntity.ok().contentType(CalibrationController.XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(fileName, StandardCharsets.UTF_8).build().toString())
        .body(content);
  }
}
