package cn.cadre.appraisal.web;

import cn.cadre.appraisal.verification.Office;
import cn.cadre.appraisal.verification.OfficeCatalogue;
import cn.cadre.appraisal.verification.OfficeCatalogue.OfficeRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The offices asked for negative lists (/api/offices): the organisation department registers them
 * and chooses the default set a new round asks; a round's request may name others ("offices").
 */
@RestController
class OfficeController {

  private final OfficeCatalogue catalogue;

  OfficeController(OfficeCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping("/api/offices")
  @PreAuthorize(CalibrationController.ORG_DEPT)
  List<OfficeView> all() {
    return catalogue.all().stream().map(OfficeView::of).toList();
  }

  @PostMapping("/api/offices")
  @PreAuthorize(CalibrationController.ORG_DEPT)
  @ResponseStatus(HttpStatus.CREATED)
  OfficeView register(@RequestBody OfficeRequest request, Authentication user) {
    return OfficeView.of(catalogue.register(request, user.getName()));
  }

  @PutMapping("/api/offices/{code}")
  @PreAuthorize(CalibrationController.ORG_DEPT)
  OfficeView change(@PathVariable String code, @RequestBody OfficeRequest request, Authentication user) {
    return OfficeView.of(catalogue.change(code, request, user.getName()));
  }

  record OfficeView(String code, String name, String groupId, boolean askedByDefault, int sortOrder) {
    static OfficeView of(Office o) {
      return new OfficeView(o.getCode(), o.getName(), o.getGroupId(), o.isAskedByDefault(), o.getSortOrder());
    }
  }
}
