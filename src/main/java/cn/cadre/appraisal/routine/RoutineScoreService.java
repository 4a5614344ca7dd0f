package cn.cadre.appraisal.routine;

import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.organisation.Unit;
import cn.cadre.appraisal.shared.ConflictException;
import cn.cadre.appraisal.shared.InvalidInputException;
import cn.cadre.appraisal.shared.Viewer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores of a routine round, one sheet per unit: the organisation department enters each cadre's key
 * tasks, score (0–100, two decimals at most), comment and what to watch (early-sign problems, a named
 * weakness), saves as often as it likes, and submits the unit by completing its task. Every row is
 * checked before any is written; every score entered or changed, and the submission, is audited.
 */
@Service
public class RoutineScoreService {

  static final BigDecimal MAX_SCORE = new BigDecimal("100");

  private final RoutineRoundService rounds;
  private final RoutineRoundRepository roundRows;
  private final RoutineScoreRepository scores;
  private final RoutineRoundUnitRepository roundUnits;
  private final RoutineAuditRepository audit;
  private final OrganisationService organisation;
  private final Clock clock;

  RoutineScoreService(RoutineRoundService rounds, RoutineRoundRepository roundRows, RoutineScoreRepository scores,
      RoutineRoundUnitRepository roundUnits, RoutineAuditRepository audit, OrganisationService organisation, Clock clock) {
    this.roundUnits = roundUnits;
    this.rounds = rounds;
    this.roundRows = roundRows;
    this.scores = scores;
    this.audit = audit;
    this.organisation = organisation;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public RoutineSheetView sheet(Long roundId, String unitCode, Viewer viewer) {
    RoutineRound round = rounds.find(roundId);
    RoutineRoundUnit unit = rounds.unitOf(round, unitCode);
    RoutineRoundService.requireSheetReader(unit, viewer);
    return view(round, unit);
  }

  /** Refuses a caller who may not enter this unit's scores, before anything they sent is read. */
  @Transactional(readOnly = true)
  public void checkScorer(Long roundId, String unitCode, Viewer viewer) {
    RoutineRoundService.requireScorer(rounds.unitOf(rounds.find(roundId), unitCode), viewer);
  }

  /** Saves the rows given (others keep what they had); named by cadre, as the page shows them. */
  @Transactional
  public RoutineSheetView save(Long roundId, String unitCode, List<RoutineEntry> entries, Viewer viewer) {
    return save(roundId, unitCode, entries, viewer, e -> "");
  }

  /**
   * Saves rows read from somewhere that numbers them (a spreadsheet: "第3行："): each problem is
   * prefixed with where its row stands. Nothing is written unless every row is right.
   */
  @Transactional
  public RoutineSheetView save(Long roundId, String unitCode, List<RoutineEntry> entries, Viewer viewer,
      Function<RoutineEntry, String> where) {
    RoutineRound round = lockedRound(roundId);
    RoutineRoundUnit unit = rounds.unitOf(round, unitCode);
    RoutineRoundService.requireScorer(unit, viewer);
    if (unit.isSubmitted()) {
      throw new ConflictException(unit.getUnit().getName() + "的" + round.title() + "评分已提交，不能再修改");
    }
    Map<String, Cadre> cadres = cadresByCode(unit);
    List<String> problems = new ArrayList<>();
    Map<String, RoutineEntry> accepted = new LinkedHashMap<>();
    for (RoutineEntry entry : entries == null ? List.<RoutineEntry>of() : entries) {
      if (entry == null || entry.isEmpty() && entry.cadreCode().isEmpty()) {
        continue;
      }
      Cadre cadre = cadres.get(entry.cadreCode());
      if (cadre == null) {
        problems.add(where.apply(entry) + "干部不在" + unit.getUnit().getName() + "：" + entry.cadreCode());
      } else if (accepted.containsKey(entry.cadreCode())) {
        problems.add(where.apply(entry) + cadre.getName() + "（" + cadre.getCode() + "）重复");
      } else if (!entry.isEmpty()) {
        List<String> own = problems(entry);
        own.forEach(p -> problems.add(where.apply(entry) + cadre.getName() + "：" + p));
        accepted.put(entry.cadreCode(), entry);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Map<Long, RoutineScore> existing = byCadre(round, unit);
    LocalDateTime now = LocalDateTime.now(clock);
    for (RoutineEntry entry : accepted.values()) {
      Cadre cadre = cadres.get(entry.cadreCode());
      RoutineScore score = existing.get(cadre.getId());
      boolean fresh = score == null;
      if (fresh) {
        score = new RoutineScore(round.getId(), unit.getUnit().getId(), cadre);
      } else if (!score.differs(entry)) {
        continue;
      }
      String before = fresh ? null : score.describe();
      score.set(entry, viewer.userId(), now);
      scores.save(score);
      audit.save(new RoutineAudit(round.getId(), unit.getUnit().getId(), cadre.getId(),
          fresh ? RoutineAudit.Action.ENTERED : RoutineAudit.Action.CHANGED,
          fresh ? score.describe() : before + " → " + score.describe(), viewer.userId(), now));
    }
    return view(round, unit);
  }

  /** The unit's task is completed: every cadre must be scored; from now on the sheet is final. */
  @Transactional
  public RoutineSheetView submit(Long roundId, String unitCode, String actor) {
    RoutineRound round = lockedRound(roundId);
    RoutineRoundUnit unit = rounds.unitOf(round, unitCode);
    RoutineSheetView view = view(round, unit);
    if (unit.isSubmitted()) {
      return view;
    }
    List<String> missing = view.rows().stream().filter(r -> r.score() == null).map(RoutineSheetView.Row::name).toList();
    if (!missing.isEmpty()) {
      throw new InvalidInputException(unit.getUnit().getName() + "尚有 " + missing.size() + " 名干部未评分，不能提交："
          + String.join("、", missing));
    }
    LocalDateTime now = LocalDateTime.now(clock);
    unit.submit(actor, now);
    audit.save(new RoutineAudit(round.getId(), unit.getUnit().getId(), null, RoutineAudit.Action.SUBMITTED,
        view.rows().size() + " 名干部评分已提交", actor, now));
    return view(round, unit);
  }

  @Transactional(readOnly = true)
  public List<RoutineAudit> history(Long roundId, String unitCode, Viewer viewer) {
    RoutineRoundService.requireReader(viewer);
    RoutineRound round = rounds.find(roundId);
    RoutineRoundUnit unit = rounds.unitOf(round, unitCode);
    return audit.findByRoundIdAndUnitIdOrderById(roundId, unit.getUnit().getId());
  }

  /** A cadre's routine scores, period by period: the cadre's own, or anyone's for org-dept and the committee. */
  @Transactional(readOnly = true)
  public List<CadreRoutineScore> scoresOf(String cadreCode, Viewer viewer) {
    Cadre cadre = organisation.cadreByCode(cadreCode);
    if (!viewer.userId().equals(cadre.getUserId())) {
      try {
        RoutineRoundService.requireReader(viewer);
      } catch (AccessDeniedException e) {
        throw new AccessDeniedException("只能查看本人的平时考核评分");
      }
    }
    return scoresOf(cadre);
  }

  /** A cadre's routine scores for their appraisal file, whose reader the file has already admitted. */
  @Transactional(readOnly = true)
  public List<CadreRoutineScore> scoresOf(Cadre cadre) {
    List<CadreRoutineScore> list = new ArrayList<>();
    for (RoutineScore s : scores.findByCadreOrderByRoundId(cadre)) {
      RoutineRound round = rounds.find(s.getRoundId());
      list.add(new CadreRoutineScore(round.getId(), round.getYear(), round.getPeriod().name(), round.getPeriod().label(),
          s.getScore(), s.getKeyTasks(), s.getComment(), s.isEarlySigns(), s.getWeakness()));
    }
    return list;
  }

  /**
   * For the annual analysis form: a cadre's routine scores of the year, period by period, from units
   * already submitted, and their average ("" when there are none). 平时考核落得实、年终考核有印证.
   */
  @Transactional(readOnly = true)
  public String yearSummaryOf(String cadreUserId, int year) {
    Cadre cadre = organisation.cadreByUserId(cadreUserId);
    List<String> lines = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (RoutineScore s : scores.findByCadreOrderByRoundId(cadre)) {
      RoutineRound round = rounds.find(s.getRoundId());
      boolean submitted = roundUnits.findByRoundIdAndUnit_Id(s.getRoundId(), s.getUnitId())
          .map(RoutineRoundUnit::isSubmitted).orElse(false);
      if (round.getYear() == year && submitted) {
        lines.add(round.getPeriod().label() + " " + s.describe());
        total = total.add(s.getScore());
      }
    }
    if (lines.isEmpty()) {
      return "";
    }
    BigDecimal average = total.divide(BigDecimal.valueOf(lines.size()), 2, java.math.RoundingMode.HALF_UP);
    return "平时考核平均 " + average.stripTrailingZeros().toPlainString() + " 分（" + lines.size() + " 期）\n"
        + String.join("\n", lines);
  }

  /**
   * What a submitted unit's scorer flagged, cadre by cadre (early signs, a named weakness), for
   * result application to act on at once; nothing before the unit is submitted.
   */
  @Transactional(readOnly = true)
  public List<RoutineFinding> findings(Long roundId, String unitCode) {
    RoutineRound round = rounds.find(roundId);
    RoutineRoundUnit unit = rounds.unitOf(round, unitCode);
    if (!unit.isSubmitted()) {
      return List.of();
    }
    return scores.findByRoundIdAndUnitId(roundId, unit.getUnit().getId()).stream()
        .filter(s -> s.isEarlySigns() || (s.getWeakness() != null && !s.getWeakness().isBlank()))
        .map(s -> new RoutineFinding(round.getId(), round.getYear(), round.title(), unit.getUnit(), s.getCadre(),
            s.isEarlySigns(), s.getWeakness(), s.getComment()))
        .toList();
  }

  /** A cadre the scorer flagged in a routine round; comment says what the scorer saw. */
  public record RoutineFinding(Long roundId, int year, String roundTitle, Unit unit, Cadre cadre, boolean earlySigns,
      String weakness, String comment) {}

  /** One period's score in a cadre's appraisal file. */
  public record CadreRoutineScore(Long roundId, int year, String period, String periodLabel, BigDecimal score,
      String keyTasks, String comment, boolean earlySigns, String weakness) {}

  static List<String> problems(RoutineEntry entry) {
    List<String> problems = new ArrayList<>();
    if (entry.score() == null) {
      problems.add("未填写得分");
    } else if (entry.score().signum() < 0 || entry.score().compareTo(MAX_SCORE) > 0) {
      problems.add("得分应在 0–100 之间，不是 " + entry.score().toPlainString());
    } else if (entry.score().stripTrailingZeros().scale() > 2) {
      problems.add("得分最多保留两位小数，不是 " + entry.score().toPlainString());
    }
    if (entry.keyTasks() == null) {
      problems.add("未填写重点任务完成情况");
    } else if (entry.keyTasks().length() > 2000) {
      problems.add("重点任务完成情况不能超过 2000 字");
    }
    if (entry.comment() != null && entry.comment().length() > 2000) {
      problems.add("评语不能超过 2000 字");
    }
    if (entry.weakness() != null && entry.weakness().length() > 200) {
      problems.add("短板不能超过 200 字");
    }
    return problems;
  }

  private RoutineRound lockedRound(Long roundId) {
    rounds.find(roundId); // a clear 404 first
    return roundRows.lock(roundId).orElseThrow();
  }

  private Map<String, Cadre> cadresByCode(RoutineRoundUnit unit) {
    Map<String, Cadre> cadres = new LinkedHashMap<>();
    organisation.cadresOf(unit.getUnit()).forEach(c -> cadres.put(c.getCode(), c));
    return cadres;
  }

  private Map<Long, RoutineScore> byCadre(RoutineRound round, RoutineRoundUnit unit) {
    Map<Long, RoutineScore> map = new HashMap<>();
    scores.findByRoundIdAndUnitId(round.getId(), unit.getUnit().getId()).forEach(s -> map.put(s.getCadre().getId(), s));
    return map;
  }

  private RoutineSheetView view(RoutineRound round, RoutineRoundUnit unit) {
    Map<Long, RoutineScore> byCadre = byCadre(round, unit);
    List<RoutineSheetView.Row> rows = new ArrayList<>();
    for (Cadre c : organisation.cadresOf(unit.getUnit())) {
      RoutineScore s = byCadre.get(c.getId());
      rows.add(s == null
          ? new RoutineSheetView.Row(c.getCode(), c.getName(), c.getPosition(), null, null, null, false, null, null, null)
          : new RoutineSheetView.Row(c.getCode(), c.getName(), c.getPosition(), s.getScore(), s.getKeyTasks(),
              s.getComment(), s.isEarlySigns(), s.getWeakness(), s.getEnteredBy(), s.getEnteredAt()));
    }
    boolean complete = rows.stream().allMatch(r -> r.score() != null);
    return new RoutineSheetView(round.getId(), round.title(), unit.getUnit().getCode(), unit.getUnit().getName(),
        round.getDueDate(), unit.isSubmitted(), unit.getSubmittedBy(), unit.getSubmittedAt(), complete, rows);
  }
}
