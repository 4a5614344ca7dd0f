package cn.cadre.appraisal.web;

import cn.cadre.appraisal.ballot.BallotCount;
import cn.cadre.appraisal.ballot.BallotService;
import cn.cadre.appraisal.ballot.BallotTokenSheet;
import cn.cadre.appraisal.campaign.CampaignService;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The organisation department's side of 民主测评 by ballot: tokens, closing, counts. */
@RestController
@RequestMapping("/api/campaigns/{id}")
class EvaluationController {

  private static final String ORG_DEPT = "hasAnyAuthority('GROUP_org-dept', 'GROUP_camunda-admin')";

  private final BallotService ballots;
  private final BallotTokenSheet sheets;
  private final CampaignService campaigns;

  EvaluationController(BallotService ballots, BallotTokenSheet sheets, CampaignService campaigns) {
    this.campaigns = campaigns;
    this.ballots = ballots;
    this.sheets = sheets;
  }

  /** New one-time tokens for a unit's evaluation meeting, as JSON. */
  @PostMapping(value = "/ballot-tokens", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize(ORG_DEPT)
  TokensIssued issue(@PathVariable long id, @RequestBody TokenRequest request) {
    return new TokensIssued(request.unitCode(), ballots.issueTokens(id, request.unitCode(), request.count()));
  }

  /** The same, as a printable sheet: one slip per token with its code and a QR code of the ballot page. */
  @PostMapping(value = "/ballot-tokens", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize(ORG_DEPT)
  String issueSheet(@PathVariable long id, @RequestBody TokenRequest request,
      @RequestParam(value = "baseUrl", required = false) String baseUrl) {
    return sheets.html(id, request.unitCode(), ballots.issueTokens(id, request.unitCode(), request.count()), baseUrl);
  }

  /** Ends a unit's ballot window before its deadline; its appraisal moves on and counts the ballots. */
  @PostMapping("/evaluation/close")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @PreAuthorize(ORG_DEPT)
  Map<String, String> close(@PathVariable long id, @RequestBody TokenRequest request) {
    ballots.closeEarly(id, request.unitCode());
    return Map.of("message", "已结束测评，正在计票");
  }

  /** The counted ballots of a unit (never a single ballot). */
  @GetMapping("/evaluation")
  BallotCount count(@PathVariable long id, @RequestParam("unit") String unitCode, Authentication auth) {
    boolean overseer = auth.getAuthorities().stream().anyMatch(a -> List.of("GROUP_org-dept", "GROUP_party-committee",
        "GROUP_camunda-admin").contains(a.getAuthority()));
    // an appraisal-team member sees the units their team was sent to, never their own (回避)
    if (!overseer && !campaigns.participants(id, unitCode).appraisalTeamMembers().contains(auth.getName())) {
      throw new AccessDeniedException("只有组织部门、党委和派往该单位的考核组可以查看测评结果");
    }
    return ballots.count(id, unitCode);
  }

  record TokenRequest(String unitCode, Integer count) {}

  record TokensIssued(String unitCode, List<String> tokens) {}
}
