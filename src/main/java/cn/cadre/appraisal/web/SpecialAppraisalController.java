package cn.cadre.appraisal.web;

import cn.cadre.appraisal.campaign.RedLightService;
import cn.cadre.appraisal.campaign.RedLightService.RedLight;
import cn.cadre.appraisal.shared.InvalidInputException;
import cn.cadre.appraisal.special.SpecialAppraisalService;
import cn.cadre.appraisal.special.SpecialAppraisalService.OpenSpecial;
import cn.cadre.appraisal.special.SpecialAppraisalService.SpecialView;
import cn.cadre.appraisal.special.SpecialAudit;
import cn.cadre.appraisal.special.SpecialConclusionService;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 专项考核: opening a special appraisal, reading it (stages recorded, opinions, conclusions) and the
 * history of its conclusions. The stages and conclusions themselves are the process's tasks in
 * Tasklist. Org-dept opens; org-dept, the committee and the appraisal's team read.
 */
@RestController
class SpecialAppraisalController {

  private static final String BASE = "/special-appraisals";

  private final SpecialAppraisalService appraisals;
  private final SpecialConclusionService conclusions;
  private final RedLightService redLights;

  SpecialAppraisalController(SpecialAppraisalService appraisals, SpecialConclusionService conclusions,
      RedLightService redLights) {
    this.redLights = redLights;
    this.appraisals = appraisals;
    this.conclusions = conclusions;
  }

  @PostMapping({"/api" + BASE, "/app/api" + BASE})
  ResponseEntity<SpecialView> open(@RequestBody OpenSpecial request, Authentication user) {
    if (request == null) {
      throw new InvalidInputException("请求体不能为空");
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(appraisals.open(request, Viewers.of(user)));
  }

  @GetMapping({"/api" + BASE, "/app/api" + BASE})
  List<SpecialView> appraisals(Authentication user) {
    return appraisals.appraisals(Viewers.of(user));
  }

  @GetMapping({"/api" + BASE + "/{id}", "/app/api" + BASE + "/{id}"})
  SpecialView appraisal(@PathVariable long id, Authentication user) {
    return appraisals.appraisal(id, Viewers.of(user));
  }

  /** The appraisal's tasks past their due date (红灯). */
  @GetMapping({"/api" + BASE + "/{id}/red-lights", "/app/api" + BASE + "/{id}/red-lights"})
  List<RedLight> redLights(@PathVariable long id, Authentication user) {
    return redLights.redLightsOf(appraisals.businessKeyOf(id, Viewers.of(user)));
  }

  /** Every conclusion given or changed, with who and when. */
  @GetMapping({"/api" + BASE + "/{id}/history", "/app/api" + BASE + "/{id}/history"})
  List<HistoryEntry> history(@PathVariable long id, Authentication user) {
    return conclusions.history(id, Viewers.of(user)).stream().map(HistoryEntry::of).toList();
  }

  record HistoryEntry(String subject, String detail, String actor, LocalDateTime at) {
    static HistoryEntry of(SpecialAudit a) {
      return new HistoryEntry(a.getSubject(), a.getDetail(), a.getActor(), a.getAt());
    }
  }
}
