package cn.cadre.appraisal.web;

import cn.cadre.appraisal.campaign.UnitAppraisalService;
import cn.cadre.appraisal.campaign.UnitAppraisalService.StartedAppraisal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Starts one unit's annual appraisal (organisation department only). */
@RestController
@RequestMapping("/api/unit-appraisals")
class UnitAppraisalController {

  private final UnitAppraisalService appraisals;

  UnitAppraisalController(UnitAppraisalService appraisals) {
    this.appraisals = appraisals;
  }

  @PostMapping
  @PreAuthorize("hasAuthority('GROUP_org-dept')")
  ResponseEntity<StartedAppraisal> start(@Valid @RequestBody StartRequest request) {
    StartedAppraisal started = appraisals.start(request.unitCode(), request.year());
    return ResponseEntity.created(URI.create("/engine-rest/process-instance/" + started.processInstanceId()))
        .body(started);
  }

  record StartRequest(@NotBlank(message = "unitCode 不能为空") String unitCode,
                      @NotNull(message = "year 不能为空") Integer year) {}
}
