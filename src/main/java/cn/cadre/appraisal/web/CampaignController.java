package cn.cadre.appraisal.web;

import cn.cadre.appraisal.campaign.Campaign;
import cn.cadre.appraisal.campaign.CampaignProgress;
import cn.cadre.appraisal.campaign.CampaignProgress.Progress;
import cn.cadre.appraisal.campaign.CampaignService;
import cn.cadre.appraisal.campaign.RedLightService;
import cn.cadre.appraisal.campaign.RedLightService.RedLight;
import cn.cadre.appraisal.campaign.StartCampaign;
import cn.cadre.appraisal.grading.CalibrationService;
import cn.cadre.appraisal.grading.GradeResult;
import cn.cadre.appraisal.grading.GradingService;
import cn.cadre.appraisal.grading.ObjectionService;
import cn.cadre.appraisal.grading.QuotaStatus;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Appraisal rounds: opened, followed and read out by the organisation department (and the committee). */
@RestController
@RequestMapping("/api/campaigns")
class CampaignController {

  private static final String OVERSEERS = "hasAnyAuthority('GROUP_org-dept','GROUP_party-committee','GROUP_camunda-admin')";

  private final CampaignService campaigns;
  private final GradingService grading;
  private final CalibrationService calibration;
  private final ObjectionService objections;
  private final RedLightService redLights;
  private final CampaignProgress progress;
  private final cn.cadre.appraisal.grading.ResultsWorkbook resultsWorkbook;

  CampaignController(CampaignService campaigns, GradingService grading, CalibrationService calibration,
      ObjectionService objections, RedLightService redLights, CampaignProgress progress,
      cn.cadre.appraisal.grading.ResultsWorkbook resultsWorkbook) {
    this.resultsWorkbook = resultsWorkbook;
    this.redLights = redLights;
    this.progress = progress;
    this.campaigns = campaigns;
    this.grading = grading;
    this.calibration = calibration;
    this.objections = objections;
  }

  @PostMapping
  @PreAuthorize("hasAnyAuthority('GROUP_org-dept','GROUP_camunda-admin')")
  ResponseEntity<CampaignView> start(@RequestBody StartCampaign request, Authentication auth) {
    Campaign campaign;
    try {
      campaign = campaigns.start(request, auth.getName());
    } catch (org.springframework.dao.DataIntegrityViolationException e) {
      // two requests for the same round at once: the first one's units were committed in between
      throw new cn.cadre.appraisal.campaign.AlreadyStartedException(request.year()
          + "年度考核已由同时提交的另一请求启动，这些单位不能重复启动: " + String.join(", ", java.util.Objects.requireNonNullElse(request.unitCodes(), List.of())));
    }
    return ResponseEntity.created(URI.create("/api/campaigns/" + campaign.getId())).body(view(campaign));
  }

  @GetMapping("/{id}")
  @PreAuthorize(OVERSEERS)
  CampaignView get(@PathVariable long id) {
    return view(campaigns.campaign(id));
  }

  @GetMapping("/{id}/results")
  @PreAuthorize(OVERSEERS)
  List<GradeResult> results(@PathVariable long id) {
    campaigns.campaign(id);
    return grading.results(id);
  }

  /** The results as a spreadsheet for the committee meeting (考核结果汇总表). */
  @GetMapping("/{id}/results.xlsx")
  @PreAuthorize(OVERSEERS)
  ResponseEntity<byte[]> resultsWorkbook(@PathVariable long id) {
    return Downloads.xlsx("考核结果-" + id + ".xlsx", resultsWorkbook.export(id));
  }

  /** 红灯: tasks of the round past their stage deadline, and whether the reminder went out. */
  @GetMapping("/{id}/red-lights")
  @PreAuthorize(OVERSEERS)
  List<RedLight> redLights(@PathVariable long id) {
    campaigns.campaign(id);
    return redLights.redLights(id);
  }

  @PostMapping("/{id}/objections")
  @PreAuthorize("hasAnyAuthority('GROUP_org-dept','GROUP_camunda-admin')")
  ResponseEntity<Void> objection(@PathVariable long id, @RequestBody ObjectionRequest request) {
    campaigns.campaign(id);
    objections.lodge(id, request.cadreCode(), request.text());
    return ResponseEntity.accepted().build();
  }

  private CampaignView view(Campaign c) {
    return new CampaignView(c.getId(), c.getYear(), c.getKind(), c.getStatus().name(), c.getExcellentQuota().doubleValue(),
        c.getPublicNoticeDays(), c.getStageDueDays(), c.getEscalationDays(), calibration.quota(c.getId()), progress.of(c.getId()));
  }

  record CampaignView(long id, int year, String kind, String status, double excellentQuota, int publicNoticeDays,
                      int stageDueDays, int escalationDays, QuotaStatus quota, Progress progress) {}

  record ObjectionRequest(String cadreCode, String text) {}

}
