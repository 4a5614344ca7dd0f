package cn.cadre.appraisal.web;

import cn.cadre.appraisal.grading.GradeHistory;
import cn.cadre.appraisal.grading.GradingService;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A cadre's grades over the years: their own, or anyone's for the organisation department and committee. */
@RestController
@RequestMapping("/api/cadres")
class CadreController {

  private final GradingService grading;

  CadreController(GradingService grading) {
    this.grading = grading;
  }

  @GetMapping("/{code}/history")
  List<GradeHistory> history(@PathVariable String code, Authentication auth) {
    boolean overseer = auth.getAuthorities().stream().anyMatch(a -> List.of("GROUP_org-dept",
        "GROUP_party-committee", "GROUP_camunda-admin").contains(a.getAuthority()));
    return grading.history(code, auth.getName(), overseer);
  }
}
