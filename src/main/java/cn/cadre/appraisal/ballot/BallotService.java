package cn.cadre.appraisal.ballot;

import cn.cadre.appraisal.shared.ConflictException;
import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.evaluation.EvaluationService;
import cn.cadre.appraisal.evaluation.Scores;
import cn.cadre.appraisal.evaluation.Votes;

import cn.cadre.appraisal.campaign.BallotWindow;
import cn.cadre.appraisal.campaign.CampaignService;
import cn.cadre.appraisal.campaign.RoundCadres;
import cn.cadre.appraisal.shared.Grade;
import cn.cadre.appraisal.shared.TeamGrade;
import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.shared.NotFoundException;
import cn.cadre.appraisal.organisation.OrganisationService;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 民主测评 by anonymous ballot: one-time tokens per unit, one ballot per token covering the unit's
 * cadres and team, the window closed by its deadline or by the organisation department.
 */
@Service
public class BallotService {

  static final int MAX_TOKENS_PER_REQUEST = 2000;
  /** Who the tallies written at closing are recorded as. */
  public static final String BALLOTS_ACTOR = "ballots";
  private static final char[] TOKEN_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final CampaignService campaigns;
  private final OrganisationService organisation;
  private final RoundCadres roundCadres;
  private final BallotTokenRepository tokens;
  private final BallotRepository ballots;
  private final Clock clock;
  private final EvaluationService evaluation;
  private final BallotWindowPort windowPort;

  public BallotService(CampaignService campaigns, OrganisationService organisation, BallotTokenRepository tokens,
      BallotRepository ballots, Clock clock, EvaluationService evaluation, BallotWindowPort windowPort,
      RoundCadres roundCadres) {
    this.roundCadres = roundCadres;
    this.windowPort = windowPort;
    this.evaluation = evaluation;
    this.campaigns = campaigns;
    this.organisation = organisation;
    this.tokens = tokens;
    this.ballots = ballots;
    this.clock = clock;
  }

  /** Issues count new tokens for the unit; the codes are returned once and only their hashes kept. */
  @Transactional
  public List<String> issueTokens(Long campaignId, String unitCode, Integer count) {
    if (unitCode == null || unitCode.isBlank()) {
      throw new InvalidInputException("unitCode 不能为空");
    }
    if (count == null || count < 1 || count > MAX_TOKENS_PER_REQUEST) {
      throw new InvalidInputException("count 必须在1到" + MAX_TOKENS_PER_REQUEST + "之间: " + count);
    }
    BallotWindow window = openWindow(campaignId, unitCode);
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String code = newCode();
      tokens.save(new BallotToken(hash(code), window.campaignId(), window.unit()));
      codes.add(code);
    }
    return codes;
  }

  /** The ballot a token opens (the token is not used up by looking). */
  @Transactional(readOnly = true)
  public BallotSheet sheetFor(String token) {
    BallotToken found = usable(token);
    BallotWindow window = openWindow(found.getCampaignId(), found.getUnit().getCode());
    // principal first, as on a paper ballot
    List<BallotSheet.Person> cadres = roundCadres.of(found.getCampaignId(), found.getUnit()).stream()
        .map(c -> new BallotSheet.Person(c.getCadre().getCode(), c.getCadre().getName(), c.getPosition())).toList();
    return new BallotSheet(window.year(), found.getUnit().getCode(), found.getUnit().getName(), cadres,
        choices(Grade.EXCELLENT, Grade.COMPETENT, Grade.BASICALLY_COMPETENT, Grade.INCOMPETENT),
        List.of(TeamGrade.values()).stream().map(g -> new BallotSheet.Choice(g.name(), g.label())).toList(),
        List.of(new BallotSheet.Choice("de", "德"), new BallotSheet.Choice("neng", "能"),
            new BallotSheet.Choice("qin", "勤"), new BallotSheet.Choice("ji", "绩"), new BallotSheet.Choice("lian", "廉")));
  }

  /**
   * Casts the ballot: everything is checked first, then the token is spent and the ballot stored
   * in the same transaction, so a refused ballot writes nothing and a token counts once.
   */
  @Transactional
  public void submit(BallotSubmission submission) {
    if (submission == null) {
      throw new InvalidInputException("选票内容为空");
    }
    BallotToken token = usable(submission.token());
    BallotWindow window = openWindow(token.getCampaignId(), token.getUnit().getCode());
    Map<String, Cadre> cadres = new LinkedHashMap<>();
    roundCadres.cadresOf(token.getCampaignId(), token.getUnit()).forEach(c -> cadres.put(c.getCode(), c));
    List<String> problems = new ArrayList<>();
    List<ValidRating> valid = validate(submission, cadres, problems);
    String teamRating = teamRating(submission, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (tokens.spend(token.getTokenHash()) != 1) {
      throw new ConflictException("该选票码已使用，每个选票码只能投票一次");
    }
    store(window, teamRating, valid, Ballot.Source.WEB);
  }

  /** A paper ballot counted at the meeting, entered by the organisation department (no token). */
  @Transactional
  public void recordPaperBallot(Long campaignId, String unitCode, BallotSubmission submission) {
    BallotWindow window = openWindow(campaignId, unitCode);
    Map<String, Cadre> cadres = new LinkedHashMap<>();
    roundCadres.cadresOf(campaignId, window.unit()).forEach(c -> cadres.put(c.getCode(), c));
    List<String> problems = new ArrayList<>();
    List<ValidRating> valid = validate(submission, cadres, problems);
    String teamRating = teamRating(submission, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    store(window, teamRating, valid, Ballot.Source.PAPER);
  }

  /**
   * Closes the window and writes the counted ballots as the unit's tallies (民主测评结果), which the
   * grading rules read. A unit without ballots is not closed: the job fails with the reason, and
   * is retried once ballots (e.g. paper ones) are in.
   */
  @Transactional
  public BallotCount close(Long campaignId, String unitCode) {
    BallotWindow window = campaigns.ballotWindow(campaignId, unitCode);
    BallotCount count = count(campaignId, unitCode);
    if (window.closed()) {
      return count;
    }
    if (count.ballots() == 0) {
      throw new ConflictException(window.unit().getName() + "尚无选票，不能结束测评并计票");
    }
    for (BallotCount.CadreCount cadre : count.cadres()) {
      evaluation.recordCadreTally(campaignId, cadre.cadreUserId(),
          new Votes((int) cadre.excellent(), (int) cadre.competent(), (int) cadre.basic(), (int) cadre.incompetent()),
          cadre.political(), BALLOTS_ACTOR);
    }
    Map<String, Long> team = count.team();
    evaluation.recordTeamTally(campaignId, unitCode, new Votes(team.get("GOOD").intValue(),
        team.get("FAIRLY_GOOD").intValue(), team.get("AVERAGE").intValue(), team.get("POOR").intValue()), BALLOTS_ACTOR);
    campaigns.closeBallots(campaignId, unitCode);
    return count(campaignId, unitCode);
  }

  /** Org-dept closes the window before its deadline: the unit's appraisal moves on and counts. */
  @Transactional
  public void closeEarly(Long campaignId, String unitCode) {
    BallotWindow window = openWindow(campaignId, unitCode);
    if (!windowPort.close(window.unitBusinessKey())) {
      throw new ConflictException(window.unit().getName() + "的考核流程当前不在民主测评阶段");
    }
  }

  /** The unit's ballots counted by the database: per cadre and for the team. */
  @Transactional(readOnly = true)
  public BallotCount count(Long campaignId, String unitCode) {
    BallotWindow window = campaigns.ballotWindow(campaignId, unitCode);
    Map<Long, CadreBallotCount> byCadre = new LinkedHashMap<>();
    ballots.countCadres(campaignId, window.unit().getId()).forEach(c -> byCadre.put(c.cadreId(), c));
    Map<String, Long> team = new LinkedHashMap<>();
    for (TeamGrade grade : TeamGrade.values()) {
      team.put(grade.name(), 0L);
    }
    ballots.countTeam(campaignId, window.unit().getId()).forEach(t -> team.put(t.rating(), t.ballots()));
    List<BallotCount.CadreCount> cadres = new ArrayList<>();
    for (Cadre cadre : roundCadres.cadresOf(campaignId, window.unit())) {
      cadres.add(BallotCount.CadreCount.of(cadre, byCadre.get(cadre.getId())));
    }
    return new BallotCount(window.unit().getCode(), window.unit().getName(),
        ballots.countByCampaignIdAndUnitId(campaignId, window.unit().getId()), window.closed(), cadres, team,
        tokens.countByCampaignIdAndUnitIdAndSpent(campaignId, window.unit().getId(), true),
        tokens.countByCampaignIdAndUnitIdAndSpent(campaignId, window.unit().getId(), false));
  }

  /** One cadre's counted ballots in a round. */
  @Transactional(readOnly = true)
  public BallotCount.CadreCount countOf(Long campaignId, String cadreCode) {
    Cadre cadre = organisation.cadreByCode(cadreCode);
    return count(campaignId, roundCadres.unitOf(campaignId, cadre).getCode()).cadres().stream()
        .filter(c -> c.cadreCode().equals(cadreCode)).findFirst().orElseThrow();
  }

  public boolean isOwn(String cadreCode, String userId) {
    return organisation.cadreByCode(cadreCode).getUserId().equals(userId);
  }

  // ---- helpers ----------------------------------------------------------------------------

  private List<ValidRating> validate(BallotSubmission submission, Map<String, Cadre> cadres, List<String> problems) {
    List<ValidRating> valid = new ArrayList<>();
    Set<String> rated = new HashSet<>();
    List<BallotSubmission.CadreRating> ratings = submission.ratings() == null ? List.of() : submission.ratings();
    for (BallotSubmission.CadreRating r : ratings) {
      String code = r == null ? null : r.cadreCode();
      Cadre cadre = cadres.get(code);
      if (cadre == null) {
        problems.add("干部 " + code + " 不在本单位的测评范围内");
        continue;
      }
      if (!rated.add(code)) {
        problems.add("干部 " + cadre.getName() + " 被评价了两次");
        continue;
      }
      String who = cadre.getName() + "：";
      Grade overall = null;
      if (r.overall() == null || List.of("EXCELLENT", "COMPETENT", "BASICALLY_COMPETENT", "INCOMPETENT").stream()
          .noneMatch(g -> g.equals(r.overall()))) {
        problems.add(who + "总体评价必须是 EXCELLENT（优秀）、COMPETENT（称职）、BASICALLY_COMPETENT（基本称职）或 INCOMPETENT（不称职）: " + r.overall());
      } else {
        overall = Grade.valueOf(r.overall());
      }
      Scores s = r.scores();
      boolean scoresOk = s != null;
      if (s == null) {
        problems.add(who + "缺少德、能、勤、绩、廉评分");
      } else {
        scoresOk &= score(problems, who + "德", s.de()) & score(problems, who + "能", s.neng())
            & score(problems, who + "勤", s.qin()) & score(problems, who + "绩", s.ji()) & score(problems, who + "廉", s.lian());
      }
      boolean politicalOk = score(problems, who + "政治素质", r.political());
      if (overall != null && scoresOk && politicalOk) {
        valid.add(new ValidRating(cadre, overall.name(), s, r.political()));
      }
    }
    for (Cadre cadre : cadres.values()) {
      if (!rated.contains(cadre.getCode())) {
        problems.add("缺少对 " + cadre.getName() + " 的评价");
      }
    }
    return valid;
  }

  private static String teamRating(BallotSubmission submission, List<String> problems) {
    String rating = submission.team() == null ? null : submission.team().rating();
    if (rating == null || List.of(TeamGrade.values()).stream().noneMatch(g -> g.name().equals(rating))) {
      problems.add("班子评价必须是 GOOD（好）、FAIRLY_GOOD（较好）、AVERAGE（一般）或 POOR（差）: " + rating);
    }
    return rating;
  }

  private static boolean score(List<String> problems, String what, Integer value) {
    if (value == null || value < 0 || value > 100) {
      problems.add(what + "评分必须是0到100之间的整数: " + value);
      return false;
    }
    return true;
  }

  private void store(BallotWindow window, String teamRating, List<ValidRating> ratings, Ballot.Source source) {
    Ballot ballot = new Ballot(window.campaignId(), window.unit(), teamRating, LocalDate.now(clock), source);
    for (ValidRating r : ratings) {
      new BallotRating(ballot, r.cadre(), r.overall(), r.scores(), r.political());
    }
    ballots.save(ballot);
  }

  private BallotToken usable(String token) {
    if (token == null || token.isBlank()) {
      throw new InvalidInputException("请输入选票码");
    }
    BallotToken found = tokens.findById(hash(normalise(token)))
        .orElseThrow(() -> new NotFoundException("选票码无效，请核对后重新输入: " + token.strip()));
    if (found.isSpent()) {
      throw new ConflictException("该选票码已使用，每个选票码只能投票一次");
    }
    return found;
  }

  private BallotWindow openWindow(Long campaignId, String unitCode) {
    BallotWindow window = campaigns.ballotWindow(campaignId, unitCode);
    if (window.closed()) {
      throw new ConflictException(window.unit().getName() + "的民主测评已结束，不再接受选票");
    }
    return window;
  }

  private static List<BallotSheet.Choice> choices(Grade... grades) {
    return List.of(grades).stream().map(g -> new BallotSheet.Choice(g.name(), g.label())).toList();
  }

  /** 12 characters without look-alikes (no 0/O, 1/I), printed as XXXX-XXXX-XXXX. */
  private static String newCode() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(TOKEN_ALPHABET[RANDOM.nextInt(TOKEN_ALPHABET.length)]);
    }
    return code.toString();
  }

  /** What an evaluator may type: lower case, spaces, missing dashes. */
  static String normalise(String token) {
    String plain = token.strip().toUpperCase().replaceAll("[^A-Z0-9]", "");
    return plain.length() != 12 ? plain : plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8);
  }

  static String hash(String code) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private record ValidRating(Cadre cadre, String overall, Scores scores, Integer political) {}

  /** Tokens issued and used per unit code of the round (units without tokens are absent). */
  @Transactional(readOnly = true)
  public java.util.Map<String, Participation> participation(Long campaignId) {
    java.util.Map<String, Participation> byUnit = new java.util.TreeMap<>();
    for (Object[] row : tokens.countByUnit(campaignId)) {
      long count = ((Number) row[2]).longValue();
      boolean spent = (Boolean) row[1];
      byUnit.merge((String) row[0], new Participation(count, spent ? count : 0),
          (a, b) -> new Participation(a.issued() + b.issued(), a.used() + b.used()));
    }
    return byUnit;
  }

  /** A unit's ballot tokens: how many were handed out, how many were used to vote. */
  public record Participation(long issued, long used) {}
}
