package cn.cadre.appraisal.scoring;

import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.organisation.Unit;
import cn.cadre.appraisal.settings.AppraisalSettings;
import cn.cadre.appraisal.shared.AppraisalGroup;
import cn.cadre.appraisal.shared.ConflictException;
import cn.cadre.appraisal.shared.InvalidInputException;
import cn.cadre.appraisal.shared.NotFoundException;
import cn.cadre.appraisal.shared.TeamGrade;
import cn.cadre.appraisal.shared.Viewer;
import cn.cadre.appraisal.verification.Office;
import cn.cadre.appraisal.verification.OfficeCatalogue;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 综合考核评分: a year's round over every unit whose category has a scheme. Each responsible office
 * enters its indicators for all its units (JSON or one .xlsx) and submits once; org-dept reviews the
 * totals, ranks and grades, may change a grade with a reason, confirms which too-narrow spreads halve
 * an indicator next year, and concludes. Every value entered or changed is audited.
 */
@Service
public class ScoringRoundService {

  /** Actor recorded when the rules, not a person, set a grade. */
  public static final String RULES_ACTOR = "unit-grade.dmn";

  private final ScoringRoundRepository rounds;
  private final ScoringRoundUnitRepository roundUnits;
  private final ScoringRoundOfficeRepository roundOffices;
  private final IndicatorScoreRepository scores;
  private final ScoreAuditRepository audits;
  private final SpreadCheckRepository spreads;
  private final IndicatorSchemeService schemes;
  private final OfficeCatalogue offices;
  private final OrganisationService organisation;
  private final UnitRules rules;
  private final UnitScoringProcessPort process;
  private final AppraisalSettings settings;
  private final Clock clock;

  ScoringRoundService(ScoringRoundRepository rounds, ScoringRoundUnitRepository roundUnits,
      ScoringRoundOfficeRepository roundOffices, IndicatorScoreRepository scores, ScoreAuditRepository audits,
      SpreadCheckRepository spreads, IndicatorSchemeService schemes, OfficeCatalogue offices,
      OrganisationService organisation, UnitRules rules, UnitScoringProcessPort process, AppraisalSettings settings,
      Clock clock) {
    this.rounds = rounds;
    this.roundUnits = roundUnits;
    this.roundOffices = roundOffices;
    this.scores = scores;
    this.audits = audits;
    this.spreads = spreads;
    this.schemes = schemes;
    this.offices = offices;
    this.organisation = organisation;
    this.rules = rules;
    this.process = process;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Opens the year's round: every unit whose category has a scheme for the year, each scheme checked
   * against each unit (its papers' weights sum to 100 with its individual indicators); the schemes are
   * frozen from now on; each office that answers for an indicator gets one task.
   */
  @Transactional
  public ScoringRoundView open(OpenScoringRound request, Viewer viewer) {
    IndicatorSchemeService.requireOrgDept(viewer);
    List<String> problems = new ArrayList<>();
    Integer year = request == null ? null : request.year();
    LocalDate due = request == null ? null : request.dueDate();
    if (year == null || year < 2000 || year > 2100) {
      problems.add("年度应为 2000–2100 之间的年份：" + year);
    }
    if (due == null || !due.isAfter(LocalDate.now(clock))) {
      problems.add("评分截止日期必须晚于今天：" + due);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (rounds.findByYear(year).isPresent()) {
      throw new ConflictException(year + "年度综合考核评分已开启");
    }
    Map<Unit, IndicatorScheme> scored = new LinkedHashMap<>();
    List<String> named = request.unitCodes() == null ? List.of() : request.unitCodes();
    if (named.isEmpty()) {
      for (Unit unit : organisation.units()) {
        schemes.schemeFor(year, unit.getCategory()).ifPresent(scheme -> scored.put(unit, scheme));
      }
    }
    for (String code : named) {
      Unit unit;
      try {
        unit = organisation.unit(code == null ? "" : code.strip());
      } catch (NotFoundException e) {
        problems.add("单位编码不存在：" + code);
        continue;
      }
      Optional<IndicatorScheme> scheme = schemes.schemeFor(year, unit.getCategory());
      if (scheme.isEmpty()) {
        problems.add(unit.getName() + "属于“" + unit.getCategory().label() + "”，" + year + "年度该类别没有考核指标体系");
      } else if (scored.put(unit, scheme.get()) != null) {
        problems.add("单位重复：" + unit.getName());
      }
    }
    scored.forEach((unit, scheme) -> problems.addAll(SchemeRules.unitProblems(scheme, unit)));
    if (scored.isEmpty()) {
      problems.add(year + "年度尚无任何单位类别的考核指标体系，请先建立指标体系");
    }
    if (!problems.isEmpty()) {
      throw InvalidInputException.summarised("综合考核评分未开启", problems);
    }
    ScoringRound round;
    try {
      round = rounds.saveAndFlush(new ScoringRound(year, due, viewer.userId(), LocalDateTime.now(clock)));
    } catch (DataIntegrityViolationException e) { // another request opened the year just now
      throw new ConflictException(year + "年度综合考核评分已开启（刚刚由另一请求开启）", e);
    }
    Map<String, Office> byCode = new LinkedHashMap<>();
    offices.all().forEach(o -> byCode.put(o.getCode(), o));
    Map<String, String> officeNames = new LinkedHashMap<>();
    Map<String, String> officeGroups = new LinkedHashMap<>();
    for (var entry : scored.entrySet()) {
      entry.getValue().usedBy(round.getId());
      roundUnits.save(new ScoringRoundUnit(round.getId(), entry.getKey(), entry.getValue()));
      for (Indicator i : entry.getValue().indicatorsOf(entry.getKey().getCode())) {
        Office office = byCode.get(i.getOfficeCode());
        officeNames.putIfAbsent(office.getCode(), office.getName());
        officeGroups.putIfAbsent(office.getCode(), office.getGroupId());
      }
    }
    officeNames.forEach((code, name) ->
        roundOffices.save(new ScoringRoundOffice(round.getId(), code, name, officeGroups.get(code))));
    process.start(round, officeNames, officeGroups);
    return view(round);
  }

  @Transactional(readOnly = true)
  public ScoringRoundView round(long id, Viewer viewer) {
    requireOverseer(viewer);
    return view(scoringRound(id));
  }

  @Transactional(readOnly = true)
  public List<ScoringRoundView> rounds(Viewer viewer) {
    requireOverseer(viewer);
    return rounds.findAllByOrderByYearDesc().stream().map(this::view).toList();
  }

  /** The tables of the viewer's offices in rounds still open, for their home page (an office sees its own only). */
  @Transactional(readOnly = true)
  public List<OfficeSheetLink> sheetsOf(Viewer viewer) {
    List<OfficeSheetLink> links = new ArrayList<>();
    for (ScoringRound round : rounds.findAllByOrderByYearDesc()) {
      if (round.getStatus() == ScoringRound.Status.CONCLUDED) {
        continue;
      }
      for (ScoringRoundOffice office : roundOffices.findByRoundIdOrderById(round.getId())) {
        if (viewer.groupIds().contains(office.getGroupId())) {
          links.add(new OfficeSheetLink(round.getId(), round.title(), round.getDueDate(), office.getOfficeCode(),
              office.getOfficeName(), office.isSubmitted()));
        }
      }
    }
    return links;
  }

  /** One office table an office member may open. */
  public record OfficeSheetLink(long roundId, String title, LocalDate dueDate, String officeCode, String officeName,
                                boolean submitted) {}

  @Transactional(readOnly = true)
  public String businessKeyOf(long id, Viewer viewer) {
    requireOverseer(viewer);
    return scoringRound(id).businessKey();
  }

  /** Refuses a caller who is neither of the office nor org-dept, before anything they sent is read. */
  @Transactional(readOnly = true)
  public void checkOfficeOrOrgDept(long roundId, String officeCode, Viewer viewer) {
    scoringRound(roundId);
    requireOfficeOrOrgDept(office(roundId, officeCode), viewer);
  }

  /** The office's table: every unit × indicator it answers for. Its members and org-dept read it. */
  @Transactional(readOnly = true)
  public OfficeSheet sheet(long roundId, String officeCode, Viewer viewer) {
    ScoringRound round = scoringRound(roundId);
    ScoringRoundOffice office = office(roundId, officeCode);
    requireOfficeOrOrgDept(office, viewer);
    Map<String, IndicatorScore> entered = new HashMap<>();
    scores.ofRound(roundId).forEach(s -> entered.put(key(s.getRoundUnit(), s.getIndicator()), s));
    List<OfficeSheet.Row> rows = new ArrayList<>();
    int filled = 0;
    for (ScoringRoundUnit ru : roundUnits.ofRound(roundId)) {
      for (Indicator i : ru.getScheme().indicatorsOf(ru.getUnit().getCode())) {
        if (!i.getOfficeCode().equals(office.getOfficeCode())) {
          continue;
        }
        IndicatorScore s = entered.get(key(ru, i));
        filled += s == null ? 0 : 1;
        rows.add(new OfficeSheet.Row(ru.getUnit().getCode(), ru.getUnit().getName(), ru.getUnit().getCategory().name(),
            ru.getUnit().getCategory().label(), i.getCode(), i.getName(), i.getKind().name(), i.getKind().label(),
            i.getKind().isYesNo() ? null : i.getFullPoints(), i.getMethod().name(), i.getTarget(),
            s == null ? null : s.getValue().stripTrailingZeros()));
      }
    }
    return new OfficeSheet(roundId, round.getYear(), round.getDueDate(), office.getOfficeCode(), office.getOfficeName(), office.isSubmitted(),
        office.getSubmittedBy(), office.getSubmittedAt(), office.getExplanation(), rows.size(), filled, rows);
  }

  /**
   * Saves what an office entered, all or nothing: each entry names a unit of the round and an indicator
   * this office answers for on that unit, with a value in range. The office saves until it submits;
   * after that only org-dept changes a value, during the review and with a reason. Each change is audited.
   */
  @Transactional
  public OfficeSheet save(long roundId, String officeCode, List<ScoreEntry> entries, String reason, Viewer viewer) {
    ScoringRound round = rounds.lock(roundId).orElseThrow(() -> new NotFoundException("综合考核评分轮次不存在: " + roundId));
    ScoringRoundOffice office = office(roundId, officeCode);
    requireOfficeOrOrgDept(office, viewer);
    boolean correction = office.isSubmitted();
    if (round.getStatus() == ScoringRound.Status.CONCLUDED) {
      throw new ConflictException(round.title() + "已确定结果，不能再修改得分");
    }
    if (correction && !viewer.isOrgDept()) {
      throw new ConflictException(office.getOfficeName() + "已提交评分，不能再修改；确需更正的，请联系组织部");
    }
    if (correction && (reason == null || reason.isBlank())) {
      throw new InvalidInputException("评分已提交，更正得分必须填写理由");
    }
    if (entries == null || entries.isEmpty()) {
      throw new InvalidInputException("没有要保存的得分");
    }
    Map<String, ScoringRoundUnit> units = new LinkedHashMap<>();
    roundUnits.ofRound(roundId).forEach(ru -> units.put(ru.getUnit().getCode(), ru));
    Map<String, IndicatorScore> existing = new HashMap<>();
    scores.ofRound(roundId).forEach(s -> existing.put(key(s.getRoundUnit(), s.getIndicator()), s));
    List<String> errors = new ArrayList<>();
    Map<String, Object[]> valid = new LinkedHashMap<>();
    int n = 0;
    for (ScoreEntry entry : entries) {
      n++;
      String where = "第" + n + "项";
      if (entry == null) {
        errors.add(where + "为空");
        continue;
      }
      String unitCode = entry.unit() == null ? "" : entry.unit().strip();
      ScoringRoundUnit ru = units.get(unitCode);
      if (ru == null) {
        errors.add(where + "：单位不在本轮综合考核中：" + unitCode);
        continue;
      }
      where += "（" + ru.getUnit().getName() + "）";
      String code = entry.indicator() == null ? "" : entry.indicator().strip();
      Indicator indicator = ru.getScheme().indicatorsOf(unitCode).stream().filter(i -> i.getCode().equals(code))
          .findFirst().orElse(null);
      if (indicator == null) {
        errors.add(where + "：本单位的指标体系中没有指标 " + code);
        continue;
      }
      if (!indicator.getOfficeCode().equals(office.getOfficeCode())) {
        errors.add(where + "：指标“" + indicator.getName() + "”不由" + office.getOfficeName() + "评分");
        continue;
      }
      String problem = valueProblem(indicator, entry.value());
      if (problem != null) {
        errors.add(where + "“" + indicator.getName() + "”：" + problem);
        continue;
      }
      if (valid.put(key(ru, indicator), new Object[] {ru, indicator, entry.value()}) != null) {
        errors.add(where + "：指标“" + indicator.getName() + "”填了两次");
      }
    }
    if (!errors.isEmpty()) {
      throw InvalidInputException.summarised("得分未保存", errors);
    }
    LocalDateTime now = LocalDateTime.now(clock);
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    for (var e : valid.entrySet()) {
      ScoringRoundUnit ru = (ScoringRoundUnit) e.getValue()[0];
      Indicator indicator = (Indicator) e.getValue()[1];
      BigDecimal value = (BigDecimal) e.getValue()[2];
      IndicatorScore score = existing.get(e.getKey());
      String old = score == null ? null : plain(score.getValue());
      if (Objects.equals(old, plain(value))) {
        continue;
      }
      if (score == null) {
        score = new IndicatorScore(roundId, ru, indicator);
      }
      score.enter(value, viewer.userId(), now);
      scores.save(score);
      audits.save(new ScoreAudit(roundId, ru.getUnit().getCode(), indicator.getCode(), old, plain(value),
          correction ? "更正：" + why : why, viewer.userId(), now));
    }
    scores.flush();
    if (correction && round.getStatus() == ScoringRound.Status.REVIEW) {
      compute(roundId); // the totals, ranks and proposals follow the corrected value
      process.reviewChanged(round, reviewSummary(roundId));
    }
    return sheet(roundId, officeCode, viewer);
  }

  /**
   * The office's task completed: refused while a value is missing, when every unit got full marks on an
   * indicator (invalid, to be scored again with a spread), and, past the due date, without a written
   * explanation (情况说明), which is kept.
   */
  @Transactional
  public void submit(long roundId, String officeCode, String explanation, boolean late, String actor) {
    rounds.lock(roundId);
    ScoringRoundOffice office = office(roundId, officeCode);
    if (office.isSubmitted()) {
      return; // the task's completion repeated
    }
    OfficeSheet sheet = sheet(roundId, officeCode, new Viewer(actor, java.util.Set.of(AppraisalGroup.ORG_DEPT.id())));
    List<String> problems = new ArrayList<>();
    List<OfficeSheet.Row> missing = sheet.rows().stream().filter(r -> r.value() == null).toList();
    if (!missing.isEmpty()) {
      problems.add("尚有 " + missing.size() + " 项未评分，例如：" + String.join("、", missing.stream().limit(3)
          .map(r -> r.unitName() + "“" + r.indicatorName() + "”").toList()));
    }
    if (settings.scoring().fullMarksInvalid()) {
      Map<String, List<OfficeSheet.Row>> byIndicator = new LinkedHashMap<>();
      sheet.rows().stream().filter(r -> r.kind().equals(IndicatorKind.SCORED.name()) && r.value() != null)
          .forEach(r -> byIndicator.computeIfAbsent(r.category() + "/" + r.indicator(), k -> new ArrayList<>()).add(r));
      byIndicator.values().forEach(rows -> {
        if (rows.size() > 1 && rows.stream().allMatch(this::fullMarks)) {
          problems.add("“" + rows.get(0).indicatorName() + "”各单位（" + rows.size() + " 个" + rows.get(0).categoryLabel()
              + "）均为满分，评分无效，请拉开差距后重新评分");
        }
      });
    }
    if (late && (explanation == null || explanation.isBlank())) {
      problems.add("已超过评分截止日期，请填写情况说明（逾期原因）");
    }
    if (!problems.isEmpty()) {
      throw InvalidInputException.summarised(office.getOfficeName() + "的评分未提交", problems);
    }
    office.submit(actor, LocalDateTime.now(clock), explanation == null || explanation.isBlank() ? null : explanation.strip());
  }

  /**
   * Every office has submitted: each unit's papers and total, its rank among the units of its category
   * (ties share a rank), the rules' grade, and every office's spread per indicator. The round goes to review.
   */
  @Transactional
  public void compute(long roundId) {
    ScoringRound round = scoringRound(roundId);
    Map<Long, Map<Long, BigDecimal>> byUnit = new HashMap<>();
    Map<Long, List<BigDecimal[]>> byIndicator = new LinkedHashMap<>();
    Map<Long, Indicator> indicators = new HashMap<>();
    for (IndicatorScore s : scores.ofRound(roundId)) {
      byUnit.computeIfAbsent(s.getRoundUnit().getId(), k -> new HashMap<>()).put(s.getIndicator().getId(), s.getValue());
      if (s.getIndicator().getKind() == IndicatorKind.SCORED) {
        indicators.put(s.getIndicator().getId(), s.getIndicator());
        byIndicator.computeIfAbsent(s.getIndicator().getId(), k -> new ArrayList<>())
            .add(new BigDecimal[] {UnitScoreCalculator.points(s.getIndicator(), s.getValue())});
      }
    }
    List<ScoringRoundUnit> units = roundUnits.ofRound(roundId);
    for (ScoringRoundUnit ru : units) {
      ru.result(UnitScoreCalculator.score(ru.getScheme(), ru.getUnit().getCode(),
          byUnit.getOrDefault(ru.getId(), Map.of()), rules));
    }
    LocalDateTime now = LocalDateTime.now(clock);
    Map<Object, List<ScoringRoundUnit>> byCategory = new LinkedHashMap<>();
    units.forEach(ru -> byCategory.computeIfAbsent(ru.getUnit().getCategory(), k -> new ArrayList<>()).add(ru));
    for (List<ScoringRoundUnit> category : byCategory.values()) {
      category.sort((a, b) -> b.getTotal().compareTo(a.getTotal()));
      for (int i = 0; i < category.size(); i++) {
        ScoringRoundUnit ru = category.get(i);
        int rank = 1 + (int) category.stream().filter(o -> o.getTotal().compareTo(ru.getTotal()) > 0).count();
        UnitRules.GradeProposal proposal = rules.grade(ru.isVeto(), ru.isLowered(), ru.getTotal(),
            (double) (rank - 1) / category.size());
        String old = ru.getGrade();
        ru.ranked(rank, category.size(), proposal.grade().name(), proposal.reason());
        if (!Objects.equals(old, ru.getGrade())) {
          audits.save(new ScoreAudit(roundId, ru.getUnit().getCode(), ScoreAudit.GRADE, old, ru.getGrade(),
              proposal.reason(), RULES_ACTOR, now));
        }
      }
    }
    spreads.deleteAll(spreads.ofRound(roundId));
    spreads.flush();
    BigDecimal threshold = settings.scoring().minSpread();
    byIndicator.forEach((id, values) -> {
      Indicator indicator = indicators.get(id);
      BigDecimal lowest = values.stream().map(v -> v[0]).min(BigDecimal::compareTo).orElseThrow();
      BigDecimal highest = values.stream().map(v -> v[0]).max(BigDecimal::compareTo).orElseThrow();
      BigDecimal spread = highest.subtract(lowest).divide(indicator.getFullPoints(), 4, java.math.RoundingMode.HALF_UP);
      spreads.save(new SpreadCheck(roundId, indicator, values.size(), lowest.setScale(2, java.math.RoundingMode.HALF_UP),
          highest.setScale(2, java.math.RoundingMode.HALF_UP), spread,
          values.size() > 1 && spread.compareTo(threshold) < 0));
    });
    if (round.getStatus() == ScoringRound.Status.SCORING) {
      round.review();
    }
  }

  /** Org-dept changes a unit's grade during the review, with a reason; audited. */
  @Transactional
  public ScoringRoundView changeGrade(long roundId, String unitCode, String grade, String reason, Viewer viewer) {
    IndicatorSchemeService.requireOrgDept(viewer);
    ScoringRound round = rounds.lock(roundId).orElseThrow(() -> new NotFoundException("综合考核评分轮次不存在: " + roundId));
    if (round.getStatus() != ScoringRound.Status.REVIEW) {
      throw new ConflictException(round.title() + "当前处于“" + round.getStatus().label() + "”阶段，不能调整单位等次");
    }
    TeamGrade newGrade = TeamGrade.parse(grade);
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("调整单位等次必须填写理由");
    }
    ScoringRoundUnit ru = roundUnits.ofRound(roundId).stream().filter(u -> u.getUnit().getCode().equals(unitCode))
        .findFirst().orElseThrow(() -> new InvalidInputException("单位不在本轮综合考核中：" + unitCode));
    if (!newGrade.name().equals(ru.getGrade())) {
      audits.save(new ScoreAudit(roundId, unitCode, ScoreAudit.GRADE, ru.getGrade(), newGrade.name(), reason.strip(),
          viewer.userId(), LocalDateTime.now(clock)));
      ru.grade(newGrade.name());
      process.reviewChanged(round, reviewSummary(roundId));
    }
    return view(round);
  }

  /**
   * The review done: the grades are final; each flagged spread org-dept confirms (by "市/D1", or all)
   * halves that indicator in next year's scheme. A key that names no flagged spread is refused.
   */
  @Transactional
  public void conclude(long roundId, List<String> confirmedHalvings, String actor) {
    ScoringRound round = rounds.lock(roundId).orElseThrow(() -> new NotFoundException("综合考核评分轮次不存在: " + roundId));
    if (round.getStatus() == ScoringRound.Status.CONCLUDED) {
      return;
    }
    Map<String, SpreadCheck> flagged = checkHalvings(roundId, confirmedHalvings);
    LocalDateTime now = LocalDateTime.now(clock);
    for (String key : confirmedHalvings) {
      SpreadCheck check = flagged.get(key);
      check.confirmHalving(actor, now);
      schemes.halveNextYear(check.getIndicator().getScheme(), check.getIndicator().getCode(),
          round.getYear() + "年度" + check.getIndicator().getName() + "评分差异度为 " + percent(check.getSpread())
              + "，低于 " + percent(settings.scoring().minSpread()) + "，分值减半", actor);
    }
    round.conclude(actor, now);
  }

  /** The flagged spreads by key, refusing any confirmed key that names none of them. */
  @Transactional(readOnly = true)
  public Map<String, SpreadCheck> checkHalvings(long roundId, List<String> confirmedHalvings) {
    Map<String, SpreadCheck> flagged = new LinkedHashMap<>();
    spreads.ofRound(roundId).stream().filter(SpreadCheck::isFlagged).forEach(c -> flagged.put(c.key(), c));
    List<String> unknown = confirmedHalvings.stream().filter(k -> !flagged.containsKey(k)).toList();
    if (!unknown.isEmpty()) {
      throw new InvalidInputException("以下指标没有被标记为评分差异过小，不能减半：" + String.join("、", unknown)
          + (flagged.isEmpty() ? "（本轮没有被标记的指标）" : "（被标记的：" + String.join("、", flagged.keySet()) + "）"));
    }
    return flagged;
  }

  /** The grade of a unit in the year's concluded round, if it had one (the annual round links to it). */
  @Transactional(readOnly = true)
  public Optional<UnitResult> unitResult(int year, String unitCode) {
    return rounds.findByYear(year).filter(r -> r.getStatus() == ScoringRound.Status.CONCLUDED)
        .flatMap(r -> roundUnits.ofRound(r.getId()).stream().filter(u -> u.getUnit().getCode().equals(unitCode))
            .findFirst())
        .map(UnitResult::of);
  }

  /** The linkage a unit's concluded result of the year puts on its annual appraisal, if it has one. */
  @Transactional(readOnly = true)
  public Optional<UnitLinkage> linkage(int year, String unitCode) {
    return unitResult(year, unitCode)
        .map(r -> new UnitLinkage(r, rules.maxTeamGrade(r.grade()), rules.excellentShare(r.grade())));
  }

  /** Every unit's linkage of the year by unit code (empty while the year's round is not concluded). */
  @Transactional(readOnly = true)
  public Map<String, UnitLinkage> linkages(int year) {
    Map<String, UnitLinkage> linkages = new LinkedHashMap<>();
    Map<TeamGrade, UnitLinkage> byGrade = new HashMap<>();
    rounds.findByYear(year).filter(r -> r.getStatus() == ScoringRound.Status.CONCLUDED)
        .ifPresent(r -> roundUnits.ofRound(r.getId()).forEach(ru -> {
          UnitResult result = UnitResult.of(ru);
          // the rules depend on the grade only: asked once per grade
          UnitLinkage rule = byGrade.computeIfAbsent(result.grade(),
              g -> new UnitLinkage(null, rules.maxTeamGrade(g), rules.excellentShare(g)));
          linkages.put(ru.getUnit().getCode(), new UnitLinkage(result, rule.maxTeamGrade(), rule.excellentShare()));
        }));
    return linkages;
  }

  @Transactional(readOnly = true)
  public Optional<Long> roundOfYear(int year) {
    return rounds.findByYear(year).map(ScoringRound::getId);
  }

  /** The review form's text: per category the units by rank, and the flagged spreads with their keys. */
  @Transactional(readOnly = true)
  public ReviewSummary reviewSummary(long roundId) {
    StringBuilder units = new StringBuilder();
    Map<Object, List<ScoringRoundUnit>> byCategory = new LinkedHashMap<>();
    roundUnits.ofRound(roundId).stream().sorted(java.util.Comparator.comparing(ScoringRoundUnit::getRank,
            java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
        .forEach(ru -> byCategory.computeIfAbsent(ru.getUnit().getCategory().label(), k -> new ArrayList<>()).add(ru));
    byCategory.forEach((category, members) -> {
      units.append(category).append("（").append(members.size()).append(" 个）：\n");
      for (ScoringRoundUnit ru : members) {
        if (ru.getGrade() == null) {
          units.append("  ").append(ru.getUnit().getName()).append("：尚未计算\n");
          continue;
        }
        units.append("  ").append(ru.getRank()).append(". ").append(ru.getUnit().getName()).append(" ")
            .append(plain(ru.getTotal())).append(" 分，").append(TeamGrade.valueOf(ru.getGrade()).label())
            .append(ru.isVeto() ? "（一票否决）" : "").append(ru.isLowered() ? "（降低一个等次）" : "").append("\n");
      }
    });
    StringBuilder flags = new StringBuilder();
    List<String> keys = new ArrayList<>();
    Map<String, String> officeNames = new HashMap<>();
    roundOffices.findByRoundIdOrderById(roundId).forEach(o -> officeNames.put(o.getOfficeCode(), o.getOfficeName()));
    for (SpreadCheck c : spreads.ofRound(roundId)) {
      if (c.isFlagged()) {
        keys.add(c.key());
        flags.append(c.key()).append(" ").append(c.getIndicator().getName()).append("（")
            .append(c.getIndicator().getScheme().getCategory().label()).append("，")
            .append(officeNames.getOrDefault(c.getOfficeCode(), c.getOfficeCode()))
            .append("）：差异度 ").append(percent(c.getSpread())).append("\n");
      }
    }
    return new ReviewSummary(units.toString().stripTrailing(),
        flags.isEmpty() ? "无（各指标评分差异度均不低于 " + percent(settings.scoring().minSpread()) + "）"
            : flags.toString().stripTrailing(), keys);
  }

  /** What the review form shows; {@code flaggedKeys} are what may be confirmed for halving. */
  public record ReviewSummary(String units, String flaggedSpreads, List<String> flaggedKeys) {}

  @Transactional(readOnly = true)
  public List<ScoreAudit> history(long roundId, Viewer viewer) {
    requireOverseer(viewer);
    scoringRound(roundId);
    return audits.findByRoundIdOrderById(roundId);
  }

  @Transactional(readOnly = true)
  public ScoresView scores(long roundId, Viewer viewer) {
    requireOverseer(viewer);
    ScoringRound round = scoringRound(roundId);
    Map<Long, List<IndicatorScore>> byUnit = new HashMap<>();
    scores.ofRound(roundId).forEach(s -> byUnit.computeIfAbsent(s.getRoundUnit().getId(), k -> new ArrayList<>()).add(s));
    // org-dept's latest reason per unit, when it changed a grade (the rules' own grades are not changes)
    Map<String, String> changes = new HashMap<>();
    audits.findByRoundIdOrderById(roundId).stream()
        .filter(a -> ScoreAudit.GRADE.equals(a.getSubject()) && !RULES_ACTOR.equals(a.getActor()))
        .forEach(a -> changes.put(a.getUnitCode(), a.getReason()));
    Map<String, String> officeNames = new HashMap<>();
    roundOffices.findByRoundIdOrderById(roundId).forEach(o -> officeNames.put(o.getOfficeCode(), o.getOfficeName()));
    List<ScoresView.UnitRow> rows = new ArrayList<>();
    for (ScoringRoundUnit ru : roundUnits.ofRound(roundId)) {
      List<ScoresView.IndicatorValue> values = new ArrayList<>();
      Map<Long, IndicatorScore> own = new HashMap<>();
      byUnit.getOrDefault(ru.getId(), List.of()).forEach(s -> own.put(s.getIndicator().getId(), s));
      for (Indicator i : ru.getScheme().indicatorsOf(ru.getUnit().getCode())) {
        IndicatorScore s = own.get(i.getId());
        values.add(new ScoresView.IndicatorValue(i.getCode(), i.getName(), i.getKind().name(),
            i.getPaper() == null ? null : i.getPaper().label(), s == null ? null : s.getValue().stripTrailingZeros(),
            s == null || i.getKind() != IndicatorKind.SCORED ? null
                : UnitScoreCalculator.points(i, s.getValue()).setScale(2, java.math.RoundingMode.HALF_UP)));
      }
      rows.add(ScoresView.UnitRow.of(ru, values,
          ru.getGrade() != null && !ru.getGrade().equals(ru.getProposedGrade()) ? changes.get(ru.getUnit().getCode()) : null));
    }
    rows.sort(java.util.Comparator.comparing(ScoresView.UnitRow::category)
        .thenComparing(r -> r.rank() == null ? Integer.MAX_VALUE : r.rank()).thenComparing(ScoresView.UnitRow::unit));
    List<ScoresView.Spread> spreadRows = spreads.ofRound(roundId).stream().map(c -> new ScoresView.Spread(c.key(),
        c.getIndicator().getName(), c.getIndicator().getScheme().getCategory().label(),
        officeNames.getOrDefault(c.getOfficeCode(), c.getOfficeCode()), c.getUnits(),
        c.getLowest(), c.getHighest(), c.getSpread(), percent(c.getSpread()), c.isFlagged(), c.isHalvingConfirmed()))
        .toList();
    return new ScoresView(round.getId(), round.getYear(), round.getStatus().name(), round.getStatus().label(),
        settings.scoring().minSpread(), rows, spreadRows);
  }

  ScoringRound scoringRound(long id) {
    return rounds.findById(id).orElseThrow(() -> new NotFoundException("综合考核评分轮次不存在: " + id));
  }

  private ScoringRoundOffice office(long roundId, String officeCode) {
    return roundOffices.findByRoundIdAndOfficeCode(roundId, officeCode == null ? "" : officeCode.strip())
        .orElseThrow(() -> new NotFoundException("本轮综合考核没有该责任单位: " + officeCode));
  }

  private ScoringRoundView view(ScoringRound round) {
    List<ScoringRoundOffice> os = roundOffices.findByRoundIdOrderById(round.getId());
    return new ScoringRoundView(round.getId(), round.getYear(), round.title(), round.getDueDate(), round.getStatus().name(),
        round.getStatus().label(), round.businessKey(), roundUnits.ofRound(round.getId()).size(),
        os.stream().map(o -> new ScoringRoundView.OfficeState(o.getOfficeCode(), o.getOfficeName(), o.isSubmitted(),
            o.getSubmittedBy(), o.getSubmittedAt(), o.getExplanation())).toList(),
        round.getOpenedBy(), round.getOpenedAt(), round.getConcludedBy(), round.getConcludedAt());
  }

  private boolean fullMarks(OfficeSheet.Row row) {
    if (row.method().equals(ScoringMethod.TARGET.name())) {
      return row.value().compareTo(row.target()) >= 0;
    }
    return row.value().compareTo(row.fullPoints()) >= 0;
  }

  private static String valueProblem(Indicator i, BigDecimal value) {
    if (value == null) {
      return "请填写得分";
    }
    if (i.getKind().isYesNo()) {
      return value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0 ? null
          : "应填 1（是）或 0（否），不是 " + plain(value);
    }
    if (value.signum() < 0) {
      return "不能为负数：" + plain(value);
    }
    if (i.getMethod() == ScoringMethod.ENTERED && value.compareTo(i.getFullPoints()) > 0) {
      return "应在 0–" + plain(i.getFullPoints()) + " 之间，不是 " + plain(value);
    }
    if (value.scale() > 4 && value.stripTrailingZeros().scale() > 4) {
      return "最多保留4位小数：" + value.toPlainString();
    }
    return null;
  }

  private void requireOfficeOrOrgDept(ScoringRoundOffice office, Viewer viewer) {
    if (!viewer.isOrgDept() && !viewer.groupIds().contains(office.getGroupId())) {
      throw new AccessDeniedException("只有" + office.getOfficeName() + "和组织部可以查看、填写本表");
    }
  }

  private static void requireOverseer(Viewer viewer) {
    if (!viewer.isOrgDept() && !viewer.groupIds().contains(AppraisalGroup.PARTY_COMMITTEE.id())) {
      throw new AccessDeniedException("综合考核评分结果只对组织部和党委开放");
    }
  }

  private static String key(ScoringRoundUnit ru, Indicator i) {
    return ru.getId() + "/" + i.getId();
  }

  static String plain(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }

  static String percent(BigDecimal share) {
    return share.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
  }
}
