package cn.cadre.appraisal.term;

import cn.cadre.appraisal.grading.GradeHistory;
import cn.cadre.appraisal.grading.GradingService;
import cn.cadre.appraisal.notice.Notice;
import cn.cadre.appraisal.notice.NoticeService;
import cn.cadre.appraisal.notice.NoticeType;
import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.organisation.Unit;
import cn.cadre.appraisal.shared.AppraisalGroup;
import cn.cadre.appraisal.shared.ConflictException;
import cn.cadre.appraisal.shared.InvalidInputException;
import cn.cadre.appraisal.shared.NotFoundException;
import cn.cadre.appraisal.shared.TeamGrade;
import cn.cadre.appraisal.shared.Texts;
import cn.cadre.appraisal.shared.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 任期考核 (水利部做法): a unit's team's term is opened with its targets when it begins; at its end the
 * review runs in stages — the unit's self-check (自查), expert verification (专家核查), spot checks chosen
 * from both (重点抽查), on-site inspection of problems known from monitoring, reports and media (现场检查) —
 * then the rules propose a term grade from the years' annual grades and the targets, the committee
 * decides, and the problems go back as one list for the unit (一单位一单) to rectify.
 */
@Service
public class TermService {

  static final int DEFAULT_YEARS = 5;
  static final int MAX_TARGETS = 50;
  static final int MAX_TEXT = 5000;

  public record OpenTerm(String unitCode, Integer startYear, Integer years, List<TargetInput> targets) {}

  public record TargetInput(String target, String indicator) {}

  public record StartReview(LocalDate dueDate, List<String> experts) {}

  public record TermView(Long id, String unitCode, String unitName, int startYear, int endYear, String basis,
      String status, List<TargetView> targets, List<YearGrade> years, List<FindingView> findings, String proposedGrade,
      String proposedGradeLabel, String proposalReason, String finalGrade, String finalGradeLabel,
      String decisionReason, String decidedBy) {}

  public record TargetView(int seq, String target, String indicator, Boolean selfMet, Boolean verifiedMet) {}

  public record YearGrade(int year, String grade, String gradeLabel, String source) {}

  public record FindingView(String stage, String stageLabel, String report, String problems, String recordedBy,
      LocalDateTime recordedAt) {}

  /** A concluded term of a cadre's team, for the cadre's appraisal file. */
  public record TermEntry(Long termId, int year, String basis, String grade, String gradeLabel) {}

  /** A concluded term, for the unit's result notice and its one list of problems (一单位一单). */
  public record TermResult(Long termId, int year, String basis, Unit unit, String grade, String gradeLabel,
      List<String> problems) {}

  private final TermAppraisalRepository terms;
  private final TermTargetRepository targets;
  private final TermArchiveGradeRepository archive;
  private final TermFindingRepository findings;
  private final TermAuditRepository audit;
  private final GradingService grading;
  private final OrganisationService organisation;
  private final NoticeService notices;
  private final TermProcessPort process;
  private final Clock clock;

  TermService(TermAppraisalRepository terms, TermTargetRepository targets, TermArchiveGradeRepository archive,
      TermFindingRepository findings, TermAuditRepository audit, GradingService grading,
      OrganisationService organisation, NoticeService notices, TermProcessPort process, Clock clock) {
    this.terms = terms;
    this.targets = targets;
    this.archive = archive;
    this.findings = findings;
    this.audit = audit;
    this.grading = grading;
    this.organisation = organisation;
    this.notices = notices;
    this.process = process;
    this.clock = clock;
  }

  /** Opens a team's term with its targets; every problem named at once; an overlapping term is a conflict. */
  @Transactional
  public TermView open(OpenTerm request, Viewer viewer) {
    requireOrgDept(viewer, "开启任期考核");
    List<String> problems = new ArrayList<>();
    Unit unit = null;
    if (request.unitCode() == null || request.unitCode().isBlank()) {
      problems.add("请选择单位");
    } else {
      try {
        unit = organisation.unit(request.unitCode().strip());
      } catch (NotFoundException e) {
        problems.add("单位编码不存在：" + request.unitCode());
      }
    }
    int thisYear = LocalDate.now(clock).getYear();
    if (request.startYear() == null) {
      problems.add("请填写任期起始年度");
    } else if (request.startYear() < thisYear - 10 || request.startYear() > thisYear + 1) {
      problems.add("任期起始年度应为 " + (thisYear - 10) + "–" + (thisYear + 1) + " 年，不是 " + request.startYear());
    }
    int years = request.years() == null ? DEFAULT_YEARS : request.years();
    if (years < 2 || years > 10) {
      problems.add("任期年限应为 2–10 年，不是 " + years);
    }
    List<TargetInput> asked = request.targets() == null ? List.of() : request.targets();
    if (asked.isEmpty()) {
      problems.add("请填写任期目标（至少一项）");
    } else if (asked.size() > MAX_TARGETS) {
      problems.add("任期目标最多 " + MAX_TARGETS + " 项，现有 " + asked.size() + " 项");
    }
    for (int i = 0; i < asked.size() && i < MAX_TARGETS; i++) {
      TargetInput t = asked.get(i);
      if (t == null || t.target() == null || t.target().isBlank()) {
        problems.add("第 " + (i + 1) + " 项目标：请填写目标");
      } else if (t.target().strip().length() > 500) {
        problems.add("第 " + (i + 1) + " 项目标：目标不能超过 500 字");
      }
      if (t == null || t.indicator() == null || t.indicator().isBlank()) {
        problems.add("第 " + (i + 1) + " 项目标：请填写考核指标");
      } else if (t.indicator().strip().length() > 500) {
        problems.add("第 " + (i + 1) + " 项目标：考核指标不能超过 500 字");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    int start = request.startYear();
    int end = start + years - 1;
    for (TermAppraisal other : terms.findByUnitOrderByStartYear(unit)) {
      if (other.getStartYear() <= end && start <= other.getEndYear()) {
        throw new ConflictException(unit.getName() + "领导班子" + other.getStartYear() + "—" + other.getEndYear()
            + "年的任期与 " + start + "—" + end + " 年重叠");
      }
    }
    TermAppraisal term;
    try {
      term = terms.saveAndFlush(new TermAppraisal(unit, start, end, viewer.userId(), LocalDateTime.now(clock)));
    } catch (DataIntegrityViolationException e) { // the same term opened by another request just now
      throw new ConflictException(unit.getName() + "领导班子" + start + "年起的任期刚刚由另一请求开启", e);
    }
    for (int i = 0; i < asked.size(); i++) {
      targets.save(new TermTarget(term.getId(), i + 1, asked.get(i).target().strip(), asked.get(i).indicator().strip()));
    }
    return view(term);
  }

  /** A year of the term before annual rounds were kept here: its grade from the archive, entered once. */
  @Transactional
  public TermView archiveGrade(Long termId, Integer year, String grade, String source, Viewer viewer) {
    requireOrgDept(viewer, "录入档案等次");
    TermAppraisal term = find(termId);
    List<String> problems = new ArrayList<>();
    if (year == null || year < term.getStartYear() || year > term.getEndYear()) {
      problems.add("年度应在任期 " + term.getStartYear() + "—" + term.getEndYear() + " 年之内，不是 " + year);
    }
    TeamGrade teamGrade = null;
    try {
      teamGrade = TeamGrade.parse(grade);
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    if (source == null || source.isBlank()) {
      problems.add("请填写等次来源（如档案文号）");
    } else if (source.strip().length() > 200) {
      problems.add("等次来源不能超过 200 字");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (annualGrades(term.getUnit()).containsKey(year)) {
      throw new ConflictException(year + "年度已有年度考核等次，不需录入档案等次");
    }
    TermArchiveGrade existing = archive.findByTermIdAndYear(termId, year).orElse(null);
    if (existing != null) {
      if (!existing.getGrade().equals(teamGrade.name())) {
        throw new ConflictException(year + "年度已录入档案等次“" + TeamGrade.valueOf(existing.getGrade()).label()
            + "”，不能改为“" + teamGrade.label() + "”");
      }
      return view(term);
    }
    archive.save(new TermArchiveGrade(termId, year, teamGrade.name(), source.strip(), viewer.userId(),
        LocalDateTime.now(clock)));
    return view(term);
  }

  /** The term ends (this year or before): its review starts, with the experts who verify. */
  @Transactional
  public TermView startReview(Long termId, StartReview request, Viewer viewer) {
    requireOrgDept(viewer, "开始任期考核");
    TermAppraisal term = terms.lock(termId).orElseThrow(() -> new NotFoundException("任期考核不存在: " + termId));
    if (term.getStatus() != TermAppraisal.Status.RUNNING) {
      throw new ConflictException(term.basis() + "已经开始，不能重复开始");
    }
    List<String> problems = new ArrayList<>();
    if (term.getEndYear() > LocalDate.now(clock).getYear()) {
      problems.add("任期到 " + term.getEndYear() + " 年结束，尚未到期");
    }
    if (request == null || request.dueDate() == null) {
      problems.add("请填写考核截止日期");
    } else if (!request.dueDate().isAfter(LocalDate.now(clock))) {
      problems.add("考核截止日期必须晚于今天：" + request.dueDate());
    }
    Set<String> experts = new LinkedHashSet<>();
    for (String e : request == null || request.experts() == null ? List.<String>of() : request.experts()) {
      String u = e == null ? "" : e.strip();
      if (u.isEmpty() || !experts.add(u)) {
        problems.add(u.isEmpty() ? "核查专家的用户名不能为空" : "核查专家重复：" + u);
      } else if (organisation.homeUnitOf(u).isEmpty()) {
        problems.add("核查专家不在花名册中：" + u);
      } else if (organisation.homeUnitOf(u).get().getId().equals(term.getUnit().getId())) {
        problems.add("回避：核查专家 " + u + " 的本单位是 " + term.getUnit().getName());
      }
    }
    if (experts.isEmpty() && problems.stream().noneMatch(p -> p.startsWith("核查专家"))) {
      problems.add("请至少指定一名核查专家");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    term.startReview(request.dueDate());
    process.startReview(term, organisation.principalOf(term.getUnit()).getUserId(), List.copyOf(experts),
        targetsText(termId));
    return view(term);
  }

  /** 自查: the unit's report and the targets it says it did not meet (by number). */
  @Transactional
  public void selfCheck(Long termId, String report, String unmetTargets, String actor) {
    TermAppraisal term = reviewing(termId);
    List<TermTarget> list = targets.findByTermIdOrderBySeq(termId);
    List<String> problems = new ArrayList<>();
    String text = Texts.required(report, "自查报告", MAX_TEXT, problems);
    Set<Integer> unmet = Texts.numbers(unmetTargets, list.size(), "目标编号", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    list.forEach(t -> t.selfCheck(!unmet.contains(t.getSeq())));
    findings.save(new TermFinding(term.getId(), TermFinding.Stage.SELF_CHECK, text, null, actor, LocalDateTime.now(clock)));
  }

  /** 专家核查: the experts' report, the targets they found unmet, and the problems (one per line). */
  @Transactional
  public void verify(Long termId, String report, String unmetTargets, String problemsFound, String actor) {
    TermAppraisal term = reviewing(termId);
    List<TermTarget> list = targets.findByTermIdOrderBySeq(termId);
    List<String> problems = new ArrayList<>();
    String text = Texts.required(report, "核查报告", MAX_TEXT, problems);
    Set<Integer> unmet = Texts.numbers(unmetTargets, list.size(), "目标编号", problems);
    String found = Texts.lines(problemsFound, "发现的问题", 500, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    list.forEach(t -> t.verify(!unmet.contains(t.getSeq())));
    findings.save(new TermFinding(term.getId(), TermFinding.Stage.EXPERT_VERIFICATION, text, found, actor,
        LocalDateTime.now(clock)));
  }

  /** 重点抽查 or 现场检查: what was checked and the problems found. */
  @Transactional
  public void check(Long termId, TermFinding.Stage stage, String report, String problemsFound, String actor) {
    if (stage != TermFinding.Stage.SPOT_CHECK && stage != TermFinding.Stage.SITE_INSPECTION) {
      throw new InvalidInputException(stage.label() + "不是检查环节");
    }
    TermAppraisal term = reviewing(termId);
    List<String> problems = new ArrayList<>();
    String text = Texts.required(report, stage.label() + "情况", MAX_TEXT, problems);
    String found = Texts.lines(problemsFound, "发现的问题", 500, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    findings.save(new TermFinding(term.getId(), stage, text, found, actor, LocalDateTime.now(clock)));
  }

  /** What term-grade.dmn decides on. */
  @Transactional(readOnly = true)
  public TermGradeFacts gradeFacts(Long termId) {
    TermAppraisal term = find(termId);
    Map<Integer, YearGrade> byYear = yearGrades(term);
    int top = 0;
    int low = 0;
    int poor = 0;
    List<String> words = new ArrayList<>();
    for (int y = term.getStartYear(); y <= term.getEndYear(); y++) {
      YearGrade g = byYear.get(y);
      if (g == null) {
        words.add(y + "年无等次");
        continue;
      }
      words.add(y + "年" + g.gradeLabel());
      TeamGrade grade = TeamGrade.valueOf(g.grade());
      top += grade == TeamGrade.GOOD ? 1 : 0;
      low += grade == TeamGrade.AVERAGE || grade == TeamGrade.POOR ? 1 : 0;
      poor += grade == TeamGrade.POOR ? 1 : 0;
    }
    List<TermTarget> list = targets.findByTermIdOrderBySeq(termId);
    long unmet = list.stream().filter(t -> Boolean.FALSE.equals(t.getVerifiedMet() != null ? t.getVerifiedMet()
        : t.getSelfMet())).count();
    String summary = "年度考核：" + String.join("、", words) + "；任期目标 " + list.size() + " 项，未完成 " + unmet + " 项";
    return new TermGradeFacts(term.years(), byYear.size(), top, low, poor, (double) top / term.years(),
        list.isEmpty() ? 0 : (double) unmet / list.size(), summary);
  }

  /** The rules' proposal, with their reason and the facts in words; audited. */
  @Transactional
  public void propose(Long termId, String grade, String reason) {
    TermAppraisal term = reviewing(termId);
    TeamGrade proposed = TeamGrade.valueOf(grade);
    String why = reason + "（" + gradeFacts(termId).summary() + "）";
    term.propose(proposed.name(), why.length() > 500 ? why.substring(0, 499) + "…" : why);
    audit.save(new TermAudit(termId, "规则建议任期等次：" + proposed.label() + "。" + why, "term-grade.dmn",
        LocalDateTime.now(clock)));
  }

  /** 党委决定: approve the proposal, or decide another grade with a reason; audited. */
  @Transactional
  public void decide(Long termId, String decision, String grade, String reason, String actor) {
    TermAppraisal term = reviewing(termId);
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    TeamGrade decided;
    switch (decision == null ? "" : decision) {
      case "approve" -> decided = TeamGrade.valueOf(term.getProposedGrade());
      case "change" -> {
        List<String> problems = new ArrayList<>();
        decided = null;
        try {
          decided = TeamGrade.parse(grade);
        } catch (InvalidInputException e) {
          problems.addAll(e.problems());
        }
        if (why == null) {
          problems.add("改定任期等次的，请写明理由");
        }
        if (!problems.isEmpty()) {
          throw new InvalidInputException(problems);
        }
      }
      default -> throw new InvalidInputException("党委意见必须是“同意建议等次”或“改定等次”: " + decision);
    }
    term.decide(decided.name(), why, actor);
    audit.save(new TermAudit(termId, "党委决定任期等次：" + decided.label()
        + (decided.name().equals(term.getProposedGrade()) ? "（同意建议）" : "（建议为"
            + TeamGrade.valueOf(term.getProposedGrade()).label() + "）")
        + (why == null ? "" : "，理由：" + why), actor, LocalDateTime.now(clock)));
  }

  /** The term is concluded: its result, with the one list of problems for the unit. */
  @Transactional
  public TermResult conclude(Long termId) {
    TermAppraisal term = find(termId);
    if (term.getFinalGrade() == null) {
      throw new ConflictException(term.basis() + "尚未由党委决定等次");
    }
    term.conclude();
    TeamGrade grade = TeamGrade.valueOf(term.getFinalGrade());
    return new TermResult(termId, term.getEndYear(), term.basis(), term.getUnit(), grade.name(), grade.label(),
        problemList(termId));
  }

  /** The unit's result notice (to its principal): the term grade and the problems to rectify; issued once. */
  @Transactional
  public Notice sendResult(Long termId) {
    TermAppraisal term = find(termId);
    Cadre principal = organisation.principalOf(term.getUnit());
    return notices.issue(NoticeType.TERM_RESULT, principal, "term-" + termId + "/result", Map.of(
        "basis", term.basis(),
        "teamName", term.getUnit().getName() + "领导班子",
        "grade", TeamGrade.valueOf(term.getFinalGrade()).label(),
        "problems", problemList(termId),
        "year", term.getEndYear()));
  }

  /** 一单位一单: every problem the experts, spot checks and site inspection found, once each, in order. */
  @Transactional(readOnly = true)
  public List<String> problemList(Long termId) {
    Set<String> all = new LinkedHashSet<>();
    for (TermFinding f : findings.findByTermIdOrderById(termId)) {
      if (f.getProblems() != null) {
        f.getProblems().lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(all::add);
      }
    }
    return List.copyOf(all);
  }

  /** The concluded terms of a unit's team, oldest first; the file admits its reader. */
  @Transactional(readOnly = true)
  public List<TermEntry> resultsOf(Unit unit) {
    return terms.findByUnitOrderByStartYear(unit).stream()
        .filter(t -> t.getStatus() == TermAppraisal.Status.CONCLUDED)
        .map(t -> new TermEntry(t.getId(), t.getEndYear(), t.basis(), t.getFinalGrade(), label(t.getFinalGrade())))
        .toList();
  }

  @Transactional(readOnly = true)
  public TermView term(Long id, Viewer viewer) {
    requireReader(viewer);
    return view(find(id));
  }

  @Transactional(readOnly = true)
  public List<TermView> terms(Viewer viewer) {
    requireReader(viewer);
    return terms.findAllByOrderByIdDesc().stream().map(this::view).toList();
  }

  /** The review's process business key, for its red lights; the reader's access checked. */
  @Transactional(readOnly = true)
  public String businessKeyOf(Long id, Viewer viewer) {
    requireReader(viewer);
    return find(id).businessKey();
  }

  @Transactional(readOnly = true)
  public List<TermAudit> history(Long id, Viewer viewer) {
    requireReader(viewer);
    find(id);
    return audit.findByTermIdOrderById(id);
  }

  /** The targets numbered with their indicators, as the review's forms show them. */
  @Transactional(readOnly = true)
  public String targetsText(Long termId) {
    return String.join("\n", targets.findByTermIdOrderBySeq(termId).stream().map(TermTarget::describe).toList());
  }

  TermAppraisal find(Long id) {
    return terms.findById(id).orElseThrow(() -> new NotFoundException("任期考核不存在: " + id));
  }

  private TermAppraisal reviewing(Long termId) {
    TermAppraisal term = find(termId);
    if (term.getStatus() != TermAppraisal.Status.REVIEWING) {
      throw new ConflictException(term.basis() + (term.getStatus() == TermAppraisal.Status.CONCLUDED
          ? "已结束，不能再修改" : "尚未开始"));
    }
    return term;
  }

  /** The team's annual grades of the term's years: from the annual rounds, else the archive. */
  private Map<Integer, YearGrade> yearGrades(TermAppraisal term) {
    Map<Integer, YearGrade> byYear = new TreeMap<>();
    for (TermArchiveGrade a : archive.findByTermIdOrderByYear(term.getId())) {
      byYear.put(a.getYear(), new YearGrade(a.getYear(), a.getGrade(), TeamGrade.valueOf(a.getGrade()).label(),
          "档案：" + a.getSource()));
    }
    annualGrades(term.getUnit()).forEach((year, h) -> {
      if (year >= term.getStartYear() && year <= term.getEndYear()) {
        byYear.put(year, new YearGrade(year, h.grade(), h.gradeLabel(), "年度考核"));
      }
    });
    return byYear;
  }

  private Map<Integer, GradeHistory> annualGrades(Unit unit) {
    Map<Integer, GradeHistory> byYear = new TreeMap<>();
    grading.teamHistory(unit).forEach(h -> byYear.put(h.year(), h));
    return byYear;
  }

  private TermView view(TermAppraisal t) {
    List<TargetView> targetRows = targets.findByTermIdOrderBySeq(t.getId()).stream().map(x ->
        new TargetView(x.getSeq(), x.getTarget(), x.getIndicator(), x.getSelfMet(), x.getVerifiedMet())).toList();
    List<FindingView> findingRows = findings.findByTermIdOrderById(t.getId()).stream().map(f ->
        new FindingView(f.getStage().name(), f.getStage().label(), f.getReport(), f.getProblems(), f.getRecordedBy(),
            f.getRecordedAt())).toList();
    return new TermView(t.getId(), t.getUnit().getCode(), t.getUnit().getName(), t.getStartYear(), t.getEndYear(),
        t.basis(), t.getStatus().name(), targetRows, List.copyOf(yearGrades(t).values()), findingRows,
        t.getProposedGrade(), label(t.getProposedGrade()), t.getProposalReason(), t.getFinalGrade(),
        label(t.getFinalGrade()), t.getDecisionReason(), t.getDecidedBy());
  }

  private static String label(String grade) {
    return grade == null ? null : TeamGrade.valueOf(grade).label();
  }

  private static void requireOrgDept(Viewer viewer, String what) {
    if (!viewer.isOrgDept()) {
      throw new AccessDeniedException("只有组织部可以" + what);
    }
  }

  private static void requireReader(Viewer viewer) {
    if (!viewer.isOrgDept() && !viewer.groupIds().contains(AppraisalGroup.PARTY_COMMITTEE.id())) {
      throw new AccessDeniedException("任期考核只对组织部和党委开放");
    }
  }
}
