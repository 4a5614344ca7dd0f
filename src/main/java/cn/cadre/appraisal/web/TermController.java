package cn.cadre.appraisal.web;

import cn.cadre.appraisal.campaign.RedLightService;
import cn.cadre.appraisal.campaign.RedLightService.RedLight;
import cn.cadre.appraisal.shared.InvalidInputException;
import cn.cadre.appraisal.term.TermAudit;
import cn.cadre.appraisal.term.TermService;
import cn.cadre.appraisal.term.TermService.OpenTerm;
import cn.cadre.appraisal.term.TermService.StartReview;
import cn.cadre.appraisal.term.TermService.TermView;
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
 * 任期考核: a team's term opened with its targets, archive grades of its early years, the end-of-term
 * review started, and the term read (years' grades, targets met, what each stage found, the grade and
 * its history). The review's stages are the process's tasks in Tasklist. Org-dept writes; the
 * committee reads.
 */
@RestController
class TermController {

  private static final String BASE = "/api/terms";

  private final TermService terms;
  private final RedLightService redLights;

  TermController(TermService terms, RedLightService redLights) {
    this.redLights = redLights;
    this.terms = terms;
  }

  @PostMapping(BASE)
  ResponseEntity<TermView> open(@RequestBody OpenTerm request, Authentication user) {
    if (request == null) {
      throw new InvalidInputException("请求体不能为空");
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(terms.open(request, Viewers.of(user)));
  }

  @GetMapping(BASE)
  List<TermView> terms(Authentication user) {
    return terms.terms(Viewers.of(user));
  }

  @GetMapping(BASE + "/{id}")
  TermView term(@PathVariable long id, Authentication user) {
    return terms.term(id, Viewers.of(user));
  }

  record ArchiveGrade(Integer year, String grade, String source) {}

  @PostMapping(BASE + "/{id}/archive-grades")
  TermView archiveGrade(@PathVariable long id, @RequestBody ArchiveGrade input, Authentication user) {
    if (input == null) {
      throw new InvalidInputException("请求体不能为空");
    }
    return terms.archiveGrade(id, input.year(), input.grade(), input.source(), Viewers.of(user));
  }

  @PostMapping(BASE + "/{id}/review")
  TermView startReview(@PathVariable long id, @RequestBody StartReview input, Authentication user) {
    return terms.startReview(id, input, Viewers.of(user));
  }

  /** The review's tasks past their due date (红灯). */
  @GetMapping(BASE + "/{id}/red-lights")
  List<RedLight> redLights(@PathVariable long id, Authentication user) {
    return redLights.redLightsOf(terms.businessKeyOf(id, Viewers.of(user)));
  }

  @GetMapping(BASE + "/{id}/history")
  List<HistoryEntry> history(@PathVariable long id, Authentication user) {
    return terms.history(id, Viewers.of(user)).stream()
        .map(a -> new HistoryEntry(a.getDetail(), a.getActor(), a.getAt())).toList();
  }

  record HistoryEntry(String detail, String actor, LocalDateTime at) {}
}
