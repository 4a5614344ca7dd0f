package cn.cadre.appraisal.web;

import cn.cadre.appraisal.shared.ConflictException;
import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.ballot.BallotService;
import cn.cadre.appraisal.ballot.BallotSheet;
import cn.cadre.appraisal.ballot.BallotSubmission;
import cn.cadre.appraisal.evaluation.Scores;
import cn.cadre.appraisal.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The evaluator's ballot page (民主测评), without login: enter the token (or arrive with it from the
 * QR code), fill the ballot, see the confirmation. Plain HTML forms rendered by FreeMarker
 * (templates/ballot/*.ftlh), the same contract as {@code POST /api/ballots}. Nothing about the
 * evaluator is kept: no session, and neither the token nor the address is logged.
 *
 * <p>The page checks each field itself so that it can say in plain words which one is wrong and
 * mark it; {@link BallotService#submit} checks everything again and has the last word. Errors are
 * answered here as HTML pages, never as the API's JSON problem details.
 */
@Controller
@RequestMapping("/ballot")
public class BallotPageController {

  static final String TOKEN_VIEW = "ballot/token";
  static final String FORM_VIEW = "ballot/form";
  static final String DONE_VIEW = "ballot/done";
  static final String MESSAGE_VIEW = "ballot/message";

  static final String TOKEN = "token";
  static final String TEAM = "team";
  static final String POLITICAL = "political";
  static final String POLITICAL_LABEL = "政治素质";
  /** Scores on the ballot are whole numbers in this range (the service enforces the same). */
  static final int MIN_SCORE = 0;
  static final int MAX_SCORE = 100;

  private final BallotService ballots;

  public BallotPageController(BallotService ballots) {
    this.ballots = ballots;
  }

  /** Token entry; the QR code on the slip links here with the token filled in. */
  @GetMapping
  String entry(@RequestParam(value = TOKEN, required = false) String token, Model model) {
    model.addAttribute(TOKEN, token == null ? "" : token.strip());
    return TOKEN_VIEW;
  }

  /** The unit's ballot, empty. Looking does not use the token up. */
  @RequestMapping(value = "/form", method = {RequestMethod.GET, RequestMethod.POST})
  String form(@RequestParam(value = TOKEN, required = false) String token, Model model) {
    BallotSheet sheet = ballots.sheetFor(token);
    fill(model, sheet, token, Map.of(), List.of(), List.of());
    return FORM_VIEW;
  }

  /**
   * Casts the ballot. A ballot with errors comes back with what was entered and the reasons at the
   * top (400); a cast ballot redirects to the confirmation, so reloading cannot post it again.
   */
  @PostMapping
  String submit(@RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
    String token = form.getFirst(TOKEN);
    BallotSheet sheet = ballots.sheetFor(token); // unknown, spent or closed: the message page
    Map<String, String> values = new LinkedHashMap<>();
    form.forEach((name, list) -> values.put(name, list.isEmpty() || list.get(0) == null ? "" : list.get(0).strip()));

    List<String> problems = new ArrayList<>();
    List<String> invalid = new ArrayList<>();
    BallotSubmission submission = read(sheet, token, values, problems, invalid);
    if (problems.isEmpty()) {
      try {
        ballots.submit(submission);
        return "redirect:/ballot/done";
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    fill(model, sheet, token, values, problems, invalid);
    return FORM_VIEW;
  }

  /** The confirmation. It knows nothing about the ballot it follows. */
  @GetMapping("/done")
  String done() {
    return DONE_VIEW;
  }

  /** Unknown token: say so on the entry page, with what was typed, to correct it. */
  @ExceptionHandler(NotFoundException.class)
  ModelAndView unknownToken(NotFoundException e, HttpServletRequest request) {
    return tokenPage(e.getMessage(), request, HttpStatus.NOT_FOUND);
  }

  /** No token typed (the only request error left before the ballot is shown). */
  @ExceptionHandler(InvalidInputException.class)
  ModelAndView badRequest(InvalidInputException e, HttpServletRequest request) {
    return tokenPage(e.getMessage(), request, HttpStatus.BAD_REQUEST);
  }

  /** Spent token or closed window: nothing to fill in any more. */
  @ExceptionHandler(ConflictException.class)
  ModelAndView conflict(ConflictException e) {
    ModelAndView page = new ModelAndView(MESSAGE_VIEW, HttpStatus.CONFLICT);
    page.addObject("title", "无法投票");
    page.addObject("message", e.getMessage());
    return page;
  }

  /** Too many wrong tokens from this address: wait, whatever token comes next. */
  @ExceptionHandler(TooManyAttemptsException.class)
  ModelAndView tooManyAttempts(TooManyAttemptsException e, HttpServletResponse response) {
    response.setHeader(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
    ModelAndView page = new ModelAndView(MESSAGE_VIEW, HttpStatus.TOO_MANY_REQUESTS);
    page.addObject("title", "请稍后再试");
    page.addObject("message", e.getMessage());
    return page;
  }

  // ---- helpers ----------------------------------------------------------------------------

  private static ModelAndView tokenPage(String message, HttpServletRequest request, HttpStatus status) {
    ModelAndView page = new ModelAndView(TOKEN_VIEW, status);
    String token = request.getParameter(TOKEN);
    page.addObject(TOKEN, token == null ? "" : token.strip());
    page.addObject("error", message);
    return page;
  }

  private static void fill(Model model, BallotSheet sheet, String token, Map<String, String> values,
      List<String> errors, List<String> invalid) {
    model.addAttribute("sheet", sheet);
    model.addAttribute(TOKEN, token == null ? "" : token.strip());
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("invalid", invalid);
    model.addAttribute("minScore", MIN_SCORE);
    model.addAttribute("maxScore", MAX_SCORE);
    model.addAttribute("politicalLabel", POLITICAL_LABEL);
  }

  /**
   * The form's fields as a submission, for exactly the cadres on the sheet. Fields are named
   * {@code overall_<code>}, {@code <dimension>_<code>}, {@code political_<code>} and {@code team}.
   */
  static BallotSubmission read(BallotSheet sheet, String token, Map<String, String> values, List<String> problems,
      List<String> invalid) {
    List<BallotSubmission.CadreRating> ratings = new ArrayList<>();
    for (BallotSheet.Person cadre : sheet.cadres()) {
      String overallField = "overall_" + cadre.code();
      String overall = values.getOrDefault(overallField, "");
      if (overall.isEmpty()) {
        problems.add("请选择对" + cadre.name() + "的总体评价（" + labels(sheet.overallChoices()) + "）");
        invalid.add(overallField);
      } else if (sheet.overallChoices().stream().noneMatch(c -> c.value().equals(overall))) {
        problems.add(cadre.name() + "：总体评价只能选择" + labels(sheet.overallChoices()));
        invalid.add(overallField);
      }
      Map<String, Integer> scores = new LinkedHashMap<>();
      for (BallotSheet.Choice dimension : sheet.dimensions()) {
        scores.put(dimension.value(), score(cadre, dimension.value(), dimension.label(), values, problems, invalid));
      }
      Integer political = score(cadre, POLITICAL, POLITICAL_LABEL, values, problems, invalid);
      ratings.add(new BallotSubmission.CadreRating(cadre.code(), overall,
          new Scores(scores.get("de"), scores.get("neng"), scores.get("qin"), scores.get("ji"), scores.get("lian")),
          political));
    }
    String team = values.getOrDefault(TEAM, "");
    if (team.isEmpty()) {
      problems.add("请选择对领导班子的总体评价（" + labels(sheet.teamChoices()) + "）");
      invalid.add(TEAM);
    } else if (sheet.teamChoices().stream().noneMatch(c -> c.value().equals(team))) {
      problems.add("领导班子总体评价只能选择" + labels(sheet.teamChoices()));
      invalid.add(TEAM);
    }
    return new BallotSubmission(token, ratings, new BallotSubmission.TeamRating(team));
  }

  private static Integer score(BallotSheet.Person cadre, String key, String label, Map<String, String> values,
      List<String> problems, List<String> invalid) {
    String field = key + "_" + cadre.code();
    String raw = values.getOrDefault(field, "");
    String what = cadre.name() + "：“" + label + "”";
    if (raw.isEmpty()) {
      problems.add(what + "未填写，请填写" + MIN_SCORE + "到" + MAX_SCORE + "之间的整数");
      invalid.add(field);
      return null;
    }
    int value;
    try {
      value = Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      problems.add(what + "必须是" + MIN_SCORE + "到" + MAX_SCORE + "之间的整数，不能是“" + raw + "”");
      invalid.add(field);
      return null;
    }
    if (value < MIN_SCORE || value > MAX_SCORE) {
      problems.add(what + "必须在" + MIN_SCORE + "到" + MAX_SCORE + "之间，您填写的是" + value);
      invalid.add(field);
    }
    return value;
  }

  private static String labels(List<BallotSheet.Choice> choices) {
    List<String> labels = choices.stream().map(BallotSheet.Choice::label).toList();
    return labels.size() < 2 ? String.join("", labels)
        : String.join("、", labels.subList(0, labels.size() - 1)) + "或" + labels.get(labels.size() - 1);
  }
}
