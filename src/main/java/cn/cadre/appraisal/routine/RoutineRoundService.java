package cn.cadre.appraisal.routine;

import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.organisation.Unit;
import cn.cadre.appraisal.shared.ConflictException;
import cn.cadre.appraisal.shared.InvalidInputException;
import cn.cadre.appraisal.shared.NotFoundException;
import cn.cadre.appraisal.shared.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 平时考核: the organisation department opens a routine round for a quarter (or a half year) and the
 * units it chooses; each unit's cadres are then scored, one sheet per unit, and the round closes when
 * every unit is submitted. A unit is scored once per period (a quarter and the half year holding it
 * count as the same months).
 */
@Service
public class RoutineRoundService {

  /** What the organisation department asks for; units by code, in the order the round lists them. */
  public record OpenRound(Integer year, String period, List<String> units, LocalDate dueDate,
      Map<String, List<String>> scorers) {

    /** Without scorers: org-dept alone scores every unit. */
    public OpenRound(Integer year, String period, List<String> units, LocalDate dueDate) {
      this(year, period, units, dueDate, null);
    }
  }

  /** A round and where each of its units stands. */
  public record RoundView(Long id, String title, int year, String period, String periodLabel, LocalDate dueDate,
      String status, List<UnitStatus> units) {}

  public record UnitStatus(String unitCode, String unitName, int cadres, int scored, boolean submitted,
      String submittedBy, LocalDateTime submittedAt) {}

  private final RoutineRoundRepository rounds;
  private final RoutineRoundUnitRepository roundUnits;
  private final RoutineScoreRepository scores;
  private final OrganisationService organisation;
  private final RoutineProcessPort process;
  private final Clock clock;

  RoutineRoundService(RoutineRoundRepository rounds, RoutineRoundUnitRepository roundUnits, RoutineScoreRepository scores,
      OrganisationService organisation, RoutineProcessPort process, Clock clock) {
    this.rounds = rounds;
    this.roundUnits = roundUnits;
    this.scores = scores;
    this.organisation = organisation;
    this.process = process;
    this.clock = clock;
  }

  /**
   * Opens the round and starts its process. Every problem with the request is named at once and
   * nothing is written; a unit already scored for these months is a conflict.
   */
  @Transactional
  public RoundView open(OpenRound request, Viewer viewer) {
    requireOrgDept(viewer, "开启平时考核");
    List<String> problems = new ArrayList<>();
    int thisYear = LocalDate.now(clock).getYear();
    if (request.year() == null) {
      problems.add("请填写考核年度");
    } else if (request.year() < thisYear - 1 || request.year() > thisYear + 1) {
      problems.add("考核年度应为 " + (thisYear - 1) + "–" + (thisYear + 1) + " 年，不是 " + request.year());
    }
    RoutinePeriod period = null;
    try {
      period = RoutinePeriod.parse(request.period());
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    if (request.dueDate() == null) {
      problems.add("请填写评分截止日期");
    } else if (request.dueDate().isBefore(LocalDate.now(clock))) {
      problems.add("评分截止日期 " + request.dueDate() + " 已过");
    }
    Map<String, Unit> units = units(request.units(), problems);
    Map<String, List<String>> scorers = scorers(request.scorers(), units, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<String> taken = new ArrayList<>();
    for (RoutineRoundUnit existing : roundUnits.findByYearAndUnitIn(request.year(), units.values())) {
      if (existing.getPeriod().overlaps(period)) {
        taken.add(existing.getUnit().getName() + "已在" + request.year() + "年" + existing.getPeriod().label() + "平时考核中");
      }
    }
    if (!taken.isEmpty()) {
      throw new ConflictException(String.join("；", taken));
    }
    RoutineRound round = rounds.save(new RoutineRound(request.year(), period, request.dueDate(), viewer.userId(),
        LocalDateTime.now(clock)));
    for (Unit unit : units.values()) {
      try {
        roundUnits.saveAndFlush(new RoutineRoundUnit(round, unit,
            scorers.getOrDefault(unit.getCode(), List.of())));
      } catch (DataIntegrityViolationException e) { // another request opened the same unit and period just now
        throw new ConflictException(unit.getName() + "刚刚被另一请求纳入" + round.getYear() + "年" + round.getPeriod().label()
            + "平时考核，本次未开启任何单位；请刷新后查看", e);
      }
    }
    Map<String, String> names = new LinkedHashMap<>();
    units.values().forEach(u -> names.put(u.getCode(), u.getName()));
    process.start(round, names, scorers);
    return view(round);
  }

  @Transactional(readOnly = true)
  public RoundView round(Long id, Viewer viewer) {
    requireReader(viewer);
    return view(find(id));
  }

  @Transactional(readOnly = true)
  public List<RoundView> rounds(Viewer viewer) {
    requireReader(viewer);
    return rounds.findAll().stream().map(this::view).toList();
  }

  /** The round's process business key, for its red lights; the reader's access checked. */
  @Transactional(readOnly = true)
  public String businessKeyOf(Long id, Viewer viewer) {
    requireReader(viewer);
    return find(id).businessKey();
  }

  /** The last unit is submitted: the round is done (its process ends). */
  @Transactional
  public void close(Long id) {
    find(id).close();
  }

  RoutineRound find(Long id) {
    return rounds.findById(id).orElseThrow(() -> new NotFoundException("平时考核轮次不存在: " + id));
  }

  RoutineRoundUnit unitOf(RoutineRound round, String unitCode) {
    Unit unit = organisation.unit(unitCode);
    return roundUnits.findByRoundIdAndUnit(round.getId(), unit)
        .orElseThrow(() -> new NotFoundException(unit.getName() + "不在" + round.title() + "中"));
  }

  /**
   * A unit's scorers besides org-dept (its supervising leader): people on the roster, not of the
   * unit itself (回避), for units of this round.
   */
  private Map<String, List<String>> scorers(Map<String, List<String>> asked, Map<String, Unit> units,
      List<String> problems) {
    Map<String, List<String>> scorers = new LinkedHashMap<>();
    if (asked == null) {
      return scorers;
    }
    asked.forEach((unitCode, users) -> {
      Unit unit = units.get(unitCode);
      if (unit == null) {
        problems.add("评分人所对应的单位不在本轮中：" + unitCode);
        return;
      }
      Set<String> list = new LinkedHashSet<>();
      for (String u : users == null ? List.<String>of() : users) {
        String user = u == null ? "" : u.strip();
        if (user.isEmpty()) {
          continue;
        }
        var home = organisation.homeUnitOf(user);
        if (home.isEmpty()) {
          problems.add("评分人不在花名册中：" + user);
        } else if (home.get().getId().equals(unit.getId())) {
          problems.add("回避：评分人 " + user + " 的本单位是 " + unit.getName());
        } else {
          list.add(user);
        }
      }
      scorers.put(unitCode, List.copyOf(list));
    });
    return scorers;
  }

  /** Org-dept, or a scorer named for this unit (its supervising leader), may enter its scores. */
  static void requireScorer(RoutineRoundUnit unit, Viewer viewer) {
    if (!viewer.isOrgDept() && !unit.scorerList().contains(viewer.userId())) {
      throw new AccessDeniedException("只有组织部或本单位的评分人可以录入平时考核评分");
    }
  }

  /** Org-dept, the committee, and the unit's own scorers may read its sheet. */
  static void requireSheetReader(RoutineRoundUnit unit, Viewer viewer) {
    if (!unit.scorerList().contains(viewer.userId())) {
      requireReader(viewer);
    }
  }

  static void requireOrgDept(Viewer viewer, String what) {
    if (!viewer.isOrgDept()) {
      throw new AccessDeniedException("只有组织部可以" + what);
    }
  }

  static void requireReader(Viewer viewer) {
    if (!viewer.isOrgDept() && !viewer.groupIds().contains("party-committee")) {
      throw new AccessDeniedException("平时考核的评分只对组织部和党委开放");
    }
  }

  private Map<String, Unit> units(List<String> codes, List<String> problems) {
    Map<String, Unit> units = new LinkedHashMap<>();
    if (codes == null || codes.isEmpty()) {
      problems.add("请至少选择一个单位");
      return units;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (String code : codes) {
      String c = code == null ? "" : code.strip();
      if (!seen.add(c)) {
        problems.add("单位重复：" + c);
        continue;
      }
      try {
        Unit unit = organisation.unit(c);
        if (organisation.cadresOf(unit).isEmpty()) {
          problems.add(unit.getName() + "没有领导干部，无需平时考核");
        } else {
          units.put(c, unit);
        }
      } catch (NotFoundException e) {
        problems.add("单位编码不存在：" + c);
      }
    }
    return units;
  }

  private RoundView view(RoutineRound round) {
    List<UnitStatus> units = new ArrayList<>();
    for (RoutineRoundUnit ru : roundUnits.findByRoundIdOrderById(round.getId())) {
      int cadres = organisation.cadresOf(ru.getUnit()).size();
      int scored = scores.findByRoundIdAndUnitId(round.getId(), ru.getUnit().getId()).size();
      units.add(new UnitStatus(ru.getUnit().getCode(), ru.getUnit().getName(), cadres, scored, ru.isSubmitted(),
          ru.getSubmittedBy(), ru.getSubmittedAt()));
    }
    return new RoundView(round.getId(), round.title(), round.getYear(), round.getPeriod().name(),
        round.getPeriod().label(), round.getDueDate(), round.getStatus() == RoutineRound.Status.OPEN ? "评分中" : "已完成",
        units);
  }
}
