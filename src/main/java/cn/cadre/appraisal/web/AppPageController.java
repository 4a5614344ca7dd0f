package cn.cadre.appraisal.web;

import cn.cadre.appraisal.shared.ConflictException;

import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.campaign.Campaign;
import cn.cadre.appraisal.routine.RoutineRoundService;
import cn.cadre.appraisal.routine.RoutineScoreService;
import cn.cadre.appraisal.shared.AppraisalGroup;
import cn.cadre.appraisal.routine.RoutineSheetView;
import cn.cadre.appraisal.campaign.CampaignService;
import cn.cadre.appraisal.shared.Viewer;
import cn.cadre.appraisal.verification.NegativeListService;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The application's own pages (/app), in Chinese, for the organisation department and the party
 * committee: sign-in, the rounds, and the calibration/approval table. Pages are FreeMarker templates
 * (templates/app/) sharing one layout; the table is filled by /app/assets/calibration.js from
 * {@link CalibrationController}.
 */
@Controller
class AppPageController {

  private final CampaignService campaigns;
  private final NegativeListService lists;
  private final cn.cadre.appraisal.evaluation.SelfReportReviewService reviews;
  private final cn.cadre.appraisal.evaluation.UnitInterviewService interviews;
  private final cn.cadre.appraisal.evaluation.UnitTeamAccess teams;
  private final cn.cadre.appraisal.account.AccountService accounts;
  private final int passwordMinLength;
  private final java.time.Clock clock;

  private final RoutineScoreService routineScores;
  private final RoutineRoundService routineRounds;
  private final cn.cadre.appraisal.organisation.OrganisationService organisation;
  private final cn.cadre.appraisal.scoring.ScoringRoundService scoringRounds;
  private final cn.cadre.appraisal.scoring.IndicatorSchemeService schemes;

  AppPageController(CampaignService campaigns, NegativeListService lists,
      cn.cadre.appraisal.evaluation.SelfReportReviewService reviews,
      cn.cadre.appraisal.evaluation.UnitInterviewService interviews, cn.cadre.appraisal.evaluation.UnitTeamAccess teams,
      cn.cadre.appraisal.account.AccountService accounts, RoutineScoreService routineScores,
      RoutineRoundService routineRounds, cn.cadre.appraisal.organisation.OrganisationService organisation,
      cn.cadre.appraisal.scoring.ScoringRoundService scoringRounds,
      cn.cadre.appraisal.scoring.IndicatorSchemeService schemes,
      @org.springframework.beans.factory.annotation.Value("${appraisal.accounts.password-min-length:10}") int passwordMinLength,
      java.time.Clock clock) {
    this.clock = clock;
    this.scoringRounds = scoringRounds;
    this.schemes = schemes;
    this.routineScores = routineScores;
    this.routineRounds = routineRounds;
    this.organisation = organisation;
    this.accounts = accounts;
    this.passwordMinLength = passwordMinLength;
    this.campaigns = campaigns;
    this.lists = lists;
    this.reviews = reviews;
    this.interviews = interviews;
    this.teams = teams;
  }

  @GetMapping("/app/login")
  String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
      CsrfToken csrf, jakarta.servlet.http.HttpServletRequest request, Model model) {
    // the provider's reason: a wrong password, or how long the account stays locked after one
    Object failure = request.getSession(false) == null ? null
        : request.getSession(false).getAttribute(org.springframework.security.web.WebAttributes.AUTHENTICATION_EXCEPTION);
    String message = "用户名或密码错误，请重新输入。";
    if (failure instanceof AuthenticationException e && e.getMessage() != null
        && (e instanceof LockedException || e.getMessage().startsWith("用户名或密码错误"))) {
      message = e.getMessage();
    }
    model.addAttribute("error", error != null);
    model.addAttribute("errorMessage", message);
    model.addAttribute("loggedOut", logout != null);
    model.addAttribute("csrf", csrf);
    return "app/login";
  }

  /** 设置密码: the one page a user with a one-time password may open; anyone may change theirs here. */
  @GetMapping("/app/password")
  String password(Authentication user, CsrfToken csrf, Model model) {
    page(user, csrf, model);
    model.addAttribute("mustChange", mustChange(user));
    model.addAttribute("minLength", passwordMinLength);
    return "app/password";
  }

  @org.springframework.web.bind.annotation.PostMapping("/app/password")
  String changePassword(@RequestParam String currentPassword, @RequestParam String newPassword,
      @RequestParam String confirmPassword, Authentication user, CsrfToken csrf, Model model,
      jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response) {
    try {
      if (!newPassword.equals(confirmPassword)) {
        throw new InvalidInputException("两次输入的新密码不一致");
      }
      accounts.changePassword(user.getName(), currentPassword, newPassword, "app", request.getRemoteAddr());
    } catch (InvalidInputException | ConflictException e) { // a rule broken, or the directory's password
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      page(user, csrf, model);
      model.addAttribute("mustChange", mustChange(user));
      model.addAttribute("minLength", passwordMinLength);
      model.addAttribute("error", e.getMessage());
      return "app/password";
    }
    // the session's sign-in no longer carries the one-time state
    var authorities = user.getAuthorities().stream()
        .filter(a -> !a.getAuthority().equals(cn.cadre.appraisal.process.authentication.CamundaAuthenticationProvider.PASSWORD_CHANGE_REQUIRED))
        .toList();
    var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
    context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
        .authenticated(user.getName(), null, authorities));
    org.springframework.security.core.context.SecurityContextHolder.setContext(context);
    new org.springframework.security.web.context.HttpSessionSecurityContextRepository().saveContext(context, request, response);
    return "redirect:/app/?passwordChanged";
  }

  private static boolean mustChange(Authentication user) {
    return user.getAuthorities().stream()
        .anyMatch(a -> a.getAuthority().equals(cn.cadre.appraisal.process.authentication.CamundaAuthenticationProvider.PASSWORD_CHANGE_REQUIRED));
  }

  @GetMapping({"/app", "/app/"})
  String home(Authentication user, CsrfToken csrf, Model model,
      @RequestParam(required = false) String passwordChanged) {
    page(user, csrf, model);
    model.addAttribute("passwordChanged", passwordChanged != null);
    Viewer viewer = Viewers.of(user);
    List<Map<String, Object>> rounds = campaigns.all().stream().map(c -> Map.<String, Object>of(
        "id", c.getId(), "year", c.getYear(), "stage", stage(c), "units", c.key(),
        "tallies", c.getEvaluationMode() == cn.cadre.appraisal.campaign.EvaluationMode.TALLIES,
        "teamUnits", teams.unitsOf(c.getId(), viewer),
        "lists", lists.officesOf(c.getId(), viewer).stream()
            .map(o -> Map.of("code", o.getOfficeCode(), "name", o.getOfficeName(), "submitted", o.isSubmitted()))
            .toList())).toList();
    model.addAttribute("rounds", rounds);
    // 平时考核: org-dept and the committee follow each unit's sheet from here as well as from Tasklist
    boolean overseer = viewer.isOrgDept() || viewer.groupIds().contains(AppraisalGroup.PARTY_COMMITTEE.id());
    model.addAttribute("routineRounds", !overseer ? List.of() : routineRounds.rounds(viewer).stream()
        .map(r -> Map.<String, Object>of("id", r.id(), "title", r.title(), "status", r.status(),
            "dueDate", r.dueDate().toString(), "units", r.units().stream().map(u -> Map.<String, Object>of(
                "unitCode", u.unitCode(), "unitName", u.unitName(), "scored", u.scored(), "cadres", u.cadres(),
                "submitted", u.submitted())).toList()))
        .toList());
    // 综合考核评分: an office's members find their tables here as well as in Tasklist
    model.addAttribute("scoringSheets", scoringRounds.sheetsOf(viewer).stream().map(s -> Map.<String, Object>of(
        "roundId", s.roundId(), "title", s.title(), "dueDate", s.dueDate().toString(), "officeCode", s.officeCode(),
        "officeName", s.officeName(), "submitted", s.submitted())).toList());
    // 综合考核评分: org-dept and the committee follow each year's round (offices, results) from here
    model.addAttribute("scoringRounds", !overseer ? List.of() : scoringRounds.rounds(viewer).stream()
        .map(r -> Map.<String, Object>of("id", r.id(), "title", r.title(), "status", r.statusLabel(),
            "dueDate", r.dueDate().toString(), "units", r.units(), "offices", r.offices().stream()
                .map(o -> Map.<String, Object>of("name", o.name(), "submitted", o.submitted())).toList()))
        .toList());
    if (viewer.isOrgDept()) { // org-dept opens routine rounds from here
      model.addAttribute("routineUnits", organisation.units().stream()
          .map(u -> Map.of("code", u.getCode(), "name", u.getName())).toList());
      model.addAttribute("thisYear", java.time.LocalDate.now(clock).getYear());
      model.addAttribute("defaultDue", java.time.LocalDate.now(clock).plusDays(14).toString());
    }
    return "app/home";
  }

  @GetMapping("/app/campaigns/{id}/calibration")
  String calibration(@PathVariable long id, Authentication user, CsrfToken csrf, Model model) {
    Campaign campaign = campaigns.campaign(id);
    page(user, csrf, model);
    model.addAttribute("campaignId", id);
    model.addAttribute("year", campaign.getYear());
    model.addAttribute("stage", stage(campaign));
    return "app/calibration";
  }

  /** 考核看板: a round at a glance, drawn by assets/dashboard.js from one request. */
  @GetMapping("/app/campaigns/{id}/dashboard")
  String dashboard(@PathVariable long id, Authentication user, CsrfToken csrf, Model model) {
    Campaign campaign = campaigns.campaign(id);
    page(user, csrf, model);
    model.addAttribute("campaignId", id);
    model.addAttribute("year", campaign.getYear());
    return "app/dashboard";
  }

  /** 审核述职报告: one unit's reports, for the appraisal team sent to it. */
  @GetMapping("/app/campaigns/{id}/units/{unitCode}/reports")
  String reports(@PathVariable long id, @PathVariable String unitCode, Authentication user, CsrfToken csrf,
      Model model) {
    return unitPage(id, unitCode, reviews.unitName(id, unitCode, Viewers.of(user)), user, csrf, model, "app/reports");
  }

  /** 个别谈话: one unit's interview records, for the appraisal team sent to it. */
  @GetMapping("/app/campaigns/{id}/units/{unitCode}/interviews")
  String interviews(@PathVariable long id, @PathVariable String unitCode, Authentication user, CsrfToken csrf,
      Model model) {
    return unitPage(id, unitCode, interviews.unitName(id, unitCode, Viewers.of(user)), user, csrf, model,
        "app/interviews");
  }

  private String unitPage(long id, String unitCode, String unitName, Authentication user, CsrfToken csrf, Model model,
      String template) {
    Campaign campaign = campaigns.campaign(id);
    page(user, csrf, model);
    model.addAttribute("campaignId", id);
    model.addAttribute("year", campaign.getYear());
    model.addAttribute("unitCode", unitCode);
    model.addAttribute("unitName", unitName);
    return template;
  }

  /** 民主测评汇总表: the round's units, each unit's sheet entered and submitted (org-dept). */
  @GetMapping("/app/campaigns/{id}/tallies")
  String tallies(@PathVariable long id, Authentication user, CsrfToken csrf, Model model) {
    Campaign campaign = campaigns.campaign(id);
    page(user, csrf, model);
    model.addAttribute("campaignId", id);
    model.addAttribute("year", campaign.getYear());
    return "app/tallies";
  }

  /** 平时考核评分: one unit's routine scoring sheet (org-dept scores; the committee reads). */
  @GetMapping("/app/routine-rounds/{id}/units/{unitCode}")
  String routineScores(@PathVariable long id, @PathVariable String unitCode, Authentication user, CsrfToken csrf,
      Model model) {
    RoutineSheetView sheet = routineScores.sheet(id, unitCode, Viewers.of(user));
    page(user, csrf, model);
    model.addAttribute("roundId", id);
    model.addAttribute("unitCode", sheet.unitCode());
    model.addAttribute("unitName", sheet.unitName());
    model.addAttribute("title", sheet.title());
    model.addAttribute("dueDate", sheet.dueDate().getYear() + "年" + sheet.dueDate().getMonthValue() + "月"
        + sheet.dueDate().getDayOfMonth() + "日");
    return "app/routine-scores";
  }

  /** 综合考核评分: one office's table of its units and indicators (its members fill it; org-dept reads it). */
  @GetMapping("/app/scoring-rounds/{id}/offices/{office}")
  String scoringSheet(@PathVariable long id, @PathVariable String office, Authentication user, CsrfToken csrf,
      Model model) {
    cn.cadre.appraisal.scoring.OfficeSheet sheet = scoringRounds.sheet(id, office, Viewers.of(user));
    page(user, csrf, model);
    model.addAttribute("roundId", id);
    model.addAttribute("officeCode", sheet.officeCode());
    model.addAttribute("officeName", sheet.officeName());
    model.addAttribute("title", sheet.year() + "年度综合考核评分");
    model.addAttribute("dueDate", sheet.dueDate().getYear() + "年" + sheet.dueDate().getMonthValue() + "月"
        + sheet.dueDate().getDayOfMonth() + "日");
    return "app/scoring-sheet";
  }

  /** 综合考核 for org-dept: the schemes (download, upload) and a year's round opened. */
  @GetMapping("/app/scoring")
  String scoring(Authentication user, CsrfToken csrf, Model model) {
    if (!Viewers.of(user).isOrgDept()) {
      throw new org.springframework.security.access.AccessDeniedException("只有组织部可以维护考核指标体系、开启综合考核评分");
    }
    page(user, csrf, model);
    model.addAttribute("schemes", schemes.list(null).stream().map(s -> Map.<String, Object>of("id", s.id(),
        "year", s.year(), "category", s.categoryLabel(), "name", s.name(), "formula", s.formulaLabel(),
        "indicators", s.indicators().size(), "frozen", s.frozen())).toList());
    model.addAttribute("units", organisation.units().stream().map(u -> Map.of("code", u.getCode(), "name", u.getName(),
        "category", u.getCategory().label())).toList());
    model.addAttribute("thisYear", java.time.LocalDate.now(clock).getYear());
    model.addAttribute("defaultDue", java.time.LocalDate.now(clock).plusDays(20).toString());
    return "app/scoring";
  }

  /** 综合考核结果: the units by category and rank; org-dept changes a grade here during the review. */
  @GetMapping("/app/scoring-rounds/{id}")
  String scoringResults(@PathVariable long id, Authentication user, CsrfToken csrf, Model model) {
    cn.cadre.appraisal.scoring.ScoringRoundView round = scoringRounds.round(id, Viewers.of(user));
    page(user, csrf, model);
    model.addAttribute("roundId", id);
    model.addAttribute("title", round.title());
    model.addAttribute("orgDept", Viewers.of(user).isOrgDept());
    return "app/scoring-results";
  }

  /** 负面清单: one office's list for the round (its members edit it; org-dept reads it). */
  @GetMapping("/app/campaigns/{id}/negative-lists/{office}")
  String negativeList(@PathVariable long id, @PathVariable String office, Authentication user, CsrfToken csrf,
      Model model) {
    Campaign campaign = campaigns.campaign(id);
    String name = lists.officeName(id, office, Viewers.of(user));
    page(user, csrf, model);
    model.addAttribute("campaignId", id);
    model.addAttribute("year", campaign.getYear());
    model.addAttribute("officeCode", office);
    model.addAttribute("officeName", name);
    return "app/negative-list";
  }

  /** Where the security filters send a signed-in user whose groups may not open a page. */
  @GetMapping("/app/denied")
  String denied(HttpServletResponse response, Model model) {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    model.addAttribute("message", ProblemResponses.FORBIDDEN + "：此页面只对组织部、党委和系统管理员开放");
    return "app/error";
  }

  static void page(Authentication user, CsrfToken csrf, Model model) {
    Viewer viewer = Viewers.of(user);
    model.addAttribute("user", user.getName());
    model.addAttribute("canEdit", viewer.groupIds().contains("org-dept") || viewer.groupIds().contains("camunda-admin"));
    model.addAttribute("canTick", viewer.groupIds().contains("party-committee"));
    model.addAttribute("csrf", csrf);
  }

  private static String stage(Campaign c) {
    return c.getStatus().label();
  }
}
