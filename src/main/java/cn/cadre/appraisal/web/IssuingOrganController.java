package cn.cadre.appraisal.web;

import cn.cadre.appraisal.organisation.IssuingOrganService;
import cn.cadre.appraisal.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 发文机关: the organisation's issuing organ and document prefix, printed on every notice. Until it is
 * set (here or with the roster) notices are issued only if the settings name one (the demo does).
 */
@RestController
@RequestMapping("/api/issuing-organ")
@PreAuthorize("hasAnyAuthority('GROUP_org-dept','GROUP_camunda-admin')")
class IssuingOrganController {

  private final IssuingOrganService organs;

  IssuingOrganController(IssuingOrganService organs) {
    this.organs = organs;
  }

  /** The organ notices are issued by now; {@code fromSettings} while it is not yet the organisation's own. */
  @GetMapping
  IssuingOrganService.Organ current() {
    return organs.current().orElseThrow(() -> new NotFoundException(
        "尚未设置发文机关和文号前缀，通知暂不能生成：请设置发文机关（name）和文号前缀（documentPrefix）"));
  }

  @PutMapping
  IssuingOrganService.Organ set(@RequestBody IssuingOrganService.Names names, Authentication user) {
    return organs.set(names, user.getName());
  }
}
