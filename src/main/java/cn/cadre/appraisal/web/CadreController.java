package cn.cadre.appraisal.web;

import cn.cadre.appraisal.cadrefile.CadreFileService;
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
  private final cn.cadre.appraisal.ballot.BallotService ballots;
  private final CadreFileService files;

  CadreController(GradingService grading, cn.cadre.appraisal.ballot.BallotService ballots, CadreFileService files) {
    this.grading = grading;
    this.ballots = ballots;
    this.files = files;
  }

  /** 考核档案: year by year, annual grades, routine scores, result-application paths and notices. */
  @GetMapping("/{code}/file")
  CadreFileService.CadreFile file(@PathVariable String code, Authentication auth) {
    return files.fileOf(code, Viewers.of(auth));
  }

  /**
   * A cadre's counted ballots in a round: the cadre reads their own once the grade is final; the
   * organisation department and committee any time. Never a single ballot.
   */
  @GetMapping("/{code}/evaluation")
  cn.cadre.appraisal.ballot.BallotCount.CadreCount evaluation(@PathVariable String code,
      @org.springframework.web.bind.annotation.RequestParam("campaign") long campaignId, Authentication auth) {
    boolean overseer = auth.getAuthorities().stream().anyMatch(a -> List.of("GROUP_org-dept",
        "GROUP_party-committee", "GROUP_camunda-admin").contains(a.getAuthority()));
    if (!overseer && !(ballots.isOwn(code, auth.getName()) && grading.isFinal(campaignId, code))) {
      throw new org.springframework.security.access.AccessDeniedException("只能在等次确定后查看本人的测评结果");
    }
    return ballots.countOf(campaignId, code);
  }

  /** Every grade on record, newest first: the rounds' final grades and the archive grades on file. */
  @GetMapping("/{code}/history")
  List<CadreFileService.HistoryEntry> history(@PathVariable String code, Authentication auth) {
    boolean overseer = auth.getAuthorities().stream().anyMatch(a -> List.of("GROUP_org-dept",
        "GROUP_party-committee", "GROUP_camunda-admin").contains(a.getAuthority()));
    return files.history(code, auth.getName(), overseer);
  }
}
