package cn.cadre.appraisal.routine;

import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.organisation.Unit;
import cn.cadre.appraisal.shared.AppraisalGroup;
import cn.cadre.appraisal.shared.ConflictException;
import cn.cadre.appraisal.shared.InvalidInputException;
import cn.cadre.appraisal.shared.NotFoundException;
import cn.cadre.appraisal.shared.Texts;
import cn.cadre.appraisal.shared.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
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
 * 蹲点调研: org-dept sends a team to stay in a unit; the team records its talks (四必谈 covered), its
 * site visits and the 四个一. What it finds acts at once through result application: a cadre doing
 * well is put forward for promotion, one doing badly gets a reminder talk, the problems go to the team
 * to rectify. One open stay per unit at a time.
 */
@Service
public class FieldStayService {

  static final int DEFAULT_DAYS = 14;
  static final int MAX_TEXT = 5000;

  public record OpenStay(String unitCode, LocalDate startsOn, Integer days, List<String> team) {}

  public record StayView(Long id, String unitCode, String unitName, String basis, LocalDate startsOn, LocalDate endsOn,
      String status, List<String> team, Integer talksHeld, Boolean talkedHardPosts, Boolean talkedQuietWorkers,
      Boolean talkedSetbacks, Boolean talkedLongInPost, String talkSummary, String siteVisits, String analysisReport,
      List<String> doingWell, List<String> doingBadly, List<String> problems, List<String> goodPractices) {}

  /** What acts: a cadre at one end of the list, or (no cadre) the unit's problems. */
  public record StayFinding(Long stayId, int year, String basis, Unit unit, Cadre cadre, boolean doingWell,
      boolean doingBadly, String problems) {}

  /** A done stay of a cadre's unit, for the cadre's appraisal file. */
  public record StayEntry(Long stayId, int year, String basis, String analysisReport, boolean onDoingWellList,
      boolean onDoingBadlyList, List<String> problems, List<String> goodPractices) {}

  private final FieldStayRepository stays;
  private final OrganisationService organisation;
  private final FieldStayProcessPort process;
  private final Clock clock;

  FieldStayService(FieldStayRepository stays, OrganisationService organisation, FieldStayProcessPort process,
      Clock clock) {
    this.stays = stays;
    this.organisation = organisation;
    this.process = process;
    this.clock = clock;
  }

  @Transactional
  public StayView open(OpenStay request, Viewer viewer) {
    if (!viewer.isOrgDept()) {
      throw new AccessDeniedException("只有组织部可以安排蹲点调研");
    }
    List<String> problems = new ArrayList<>();
    Unit unit = null;
    if (request.unitCode() == null || request.unitCode().isBlank()) {
      problems.add("请选择蹲点单位");
    } else {
      try {
        unit = organisation.unit(request.unitCode().strip());
        if (organisation.cadresOf(unit).isEmpty()) {
          problems.add(unit.getName() + "没有领导干部，无需蹲点调研");
        }
      } catch (NotFoundException e) {
        problems.add("单位编码不存在：" + request.unitCode());
      }
    }
    if (request.startsOn() == null) {
      problems.add("请填写蹲点开始日期");
    } else if (request.startsOn().isBefore(LocalDate.now(clock).minusDays(30))) {
      problems.add("蹲点开始日期不能早于30天前：" + request.startsOn());
    }
    int days = request.days() == null ? DEFAULT_DAYS : request.days();
    if (days < 1 || days > 90) {
      problems.add("蹲点天数应为 1–90 天，不是 " + days);
    }
    Set<String> team = new LinkedHashSet<>();
    for (String member : request.team() == null ? List.<String>of() : request.team()) {
      String u = member == null ? "" : member.strip();
      if (u.isEmpty() || !team.add(u)) {
        problems.add(u.isEmpty() ? "蹲点组成员的用户名不能为空" : "蹲点组成员重复：" + u);
      } else if (organisation.homeUnitOf(u).isEmpty()) {
        problems.add("蹲点组成员不在花名册中：" + u);
      } else if (unit != null && organisation.homeUnitOf(u).get().getId().equals(unit.getId())) {
        problems.add("回避：蹲点组成员 " + u + " 的本单位是 " + unit.getName());
      }
    }
    if (team.isEmpty() && problems.stream().noneMatch(p -> p.startsWith("蹲点组成员"))) {
      problems.add("请至少指定一名蹲点组成员");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (!stays.findByUnitAndStatus(unit, FieldStay.Status.OPEN).isEmpty()) {
      throw new ConflictException(unit.getName() + "已有正在进行的蹲点调研");
    }
    FieldStay stay;
    try {
      stay = stays.saveAndFlush(new FieldStay(unit, request.startsOn(), days, List.copyOf(team), viewer.userId(),
          LocalDateTime.now(clock)));
    } catch (DataIntegrityViolationException e) { // another request opened a stay for the unit just now
      throw new ConflictException(unit.getName() + "已有正在进行的蹲点调研（刚刚由另一请求安排）", e);
    }
    process.start(stay);
    return view(stay);
  }

  /** The talks: how many people, and the four groups that must be talked to (四必谈), every one of them. */
  @Transactional
  public void recordTalks(Long stayId, Integer held, boolean hardPosts, boolean quietWorkers, boolean setbacks,
      boolean longInPost, String summary, String actor) {
    FieldStay stay = open(stayId);
    List<String> problems = new ArrayList<>();
    if (held == null || held < 1) {
      problems.add("请填写谈话人数（至少1人）");
    }
    List<String> missed = new ArrayList<>();
    if (!hardPosts) {
      missed.add("长期在基层和艰苦岗位工作的");
    }
    if (!quietWorkers) {
      missed.add("埋头苦干、默默奉献的");
    }
    if (!setbacks) {
      missed.add("敢于担当、遭遇挫折的");
    }
    if (!longInPost) {
      missed.add("在同一岗位任职时间较长的");
    }
    if (!missed.isEmpty()) {
      problems.add("四必谈尚未谈到：" + String.join("、", missed) + "干部");
    }
    String text = Texts.required(summary, "谈话情况", MAX_TEXT, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    stay.recordTalks(held, true, true, true, true, text);
  }

  @Transactional
  public void recordVisits(Long stayId, String visits, String actor) {
    FieldStay stay = open(stayId);
    List<String> problems = new ArrayList<>();
    String text = Texts.required(visits, "实地查看情况", MAX_TEXT, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    stay.recordVisits(text);
  }

  /** 四个一: the analysis report, the cadres at both ends (by name, from the unit), problems and good practices. */
  @Transactional
  public void recordOutputs(Long stayId, String report, String doingWell, String doingBadly, String problemsFound,
      String practices, String actor) {
    FieldStay stay = open(stayId);
    List<String> problems = new ArrayList<>();
    String text = Texts.required(report, "分析报告", MAX_TEXT, problems);
    Map<String, Cadre> byName = new LinkedHashMap<>();
    organisation.cadresOf(stay.getUnit()).forEach(c -> byName.put(c.getName(), c));
    Set<String> well = codes(doingWell, "表现好的干部", byName, problems);
    Set<String> badly = codes(doingBadly, "表现差的干部", byName, problems);
    for (String code : well) {
      if (badly.contains(code)) {
        problems.add("同一名干部不能同时列入表现好和表现差的名单：" + organisation.cadreByCode(code).getName());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String found = Texts.lines(problemsFound, "突出问题", 500, problems);
    String good = Texts.lines(practices, "好经验好做法", 500, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    stay.recordOutputs(text, String.join(",", well), String.join(",", badly), found, good);
  }

  /** What acts, once the outputs are in: each cadre at one end, and the unit's problems. */
  @Transactional(readOnly = true)
  public List<StayFinding> findings(Long stayId) {
    FieldStay stay = find(stayId);
    int year = stay.getStartsOn().getYear();
    List<StayFinding> findings = new ArrayList<>();
    for (String code : split(stay.getDoingWell())) {
      findings.add(new StayFinding(stayId, year, stay.basis(), stay.getUnit(), organisation.cadreByCode(code), true,
          false, "蹲点调研中表现突出"));
    }
    for (String code : split(stay.getDoingBadly())) {
      findings.add(new StayFinding(stayId, year, stay.basis(), stay.getUnit(), organisation.cadreByCode(code), false,
          true, "蹲点调研中反映表现较差，存在苗头性倾向性问题"));
    }
    if (stay.getProblems() != null && !stay.getProblems().isBlank()) {
      findings.add(new StayFinding(stayId, year, stay.basis(), stay.getUnit(), null, false, false, stay.getProblems()));
    }
    return findings;
  }

  @Transactional
  public void close(Long stayId) {
    find(stayId).close();
  }

  @Transactional(readOnly = true)
  public List<StayView> stays(Viewer viewer) {
    return stays.findAllByOrderByIdDesc().stream().filter(s -> mayRead(s, viewer)).map(this::view).toList();
  }

  @Transactional(readOnly = true)
  public StayView stay(Long id, Viewer viewer) {
    FieldStay stay = find(id);
    if (!mayRead(stay, viewer)) {
      throw new AccessDeniedException("蹲点调研只对组织部、党委和本蹲点组开放");
    }
    return view(stay);
  }

  /** The stay's process business key, for its red lights; the reader's access checked. */
  @Transactional(readOnly = true)
  public String businessKeyOf(Long id, Viewer viewer) {
    stay(id, viewer);
    return find(id).businessKey();
  }

  /** The done stays of the cadre's unit, with where the cadre stood; the file admits its reader. */
  @Transactional(readOnly = true)
  public List<StayEntry> entriesOf(Cadre cadre) {
    return stays.findByUnitOrderById(cadre.getUnit()).stream().filter(s -> s.getStatus() == FieldStay.Status.DONE)
        .map(s -> new StayEntry(s.getId(), s.getStartsOn().getYear(), s.basis(), s.getAnalysisReport(),
            split(s.getDoingWell()).contains(cadre.getCode()), split(s.getDoingBadly()).contains(cadre.getCode()),
            split(s.getProblems(), "\n"), split(s.getGoodPractices(), "\n")))
        .toList();
  }

  FieldStay find(Long id) {
    return stays.findById(id).orElseThrow(() -> new NotFoundException("蹲点调研不存在: " + id));
  }

  private FieldStay open(Long id) {
    FieldStay stay = find(id);
    if (stay.getStatus() != FieldStay.Status.OPEN) {
      throw new ConflictException(stay.basis() + "已结束，不能再修改");
    }
    return stay;
  }

  private static boolean mayRead(FieldStay stay, Viewer viewer) {
    return viewer.isOrgDept() || viewer.groupIds().contains(AppraisalGroup.PARTY_COMMITTEE.id())
        || stay.getTeam().contains(viewer.userId());
  }

  private StayView view(FieldStay s) {
    java.util.function.Function<String, String> name = code -> organisation.cadreByCode(code).getName();
    return new StayView(s.getId(), s.getUnit().getCode(), s.getUnit().getName(), s.basis(), s.getStartsOn(), s.endsOn(),
        s.getStatus().name(), List.copyOf(s.getTeam()), s.getTalksHeld(), s.getTalkedHardPosts(),
        s.getTalkedQuietWorkers(), s.getTalkedSetbacks(), s.getTalkedLongInPost(), s.getTalkSummary(),
        s.getSiteVisits(), s.getAnalysisReport(), split(s.getDoingWell()).stream().map(name).toList(),
        split(s.getDoingBadly()).stream().map(name).toList(), split(s.getProblems(), "\n"),
        split(s.getGoodPractices(), "\n"));
  }

  /** Names one per line (or separated by 、,，); each must be a cadre of the unit. */
  private static Set<String> codes(String names, String what, Map<String, Cadre> byName, List<String> problems) {
    Set<String> codes = new LinkedHashSet<>();
    if (names == null || names.isBlank()) {
      return codes;
    }
    for (String n : names.split("[\\n、,，;；]+")) {
      String name = n.strip();
      if (name.isEmpty()) {
        continue;
      }
      Cadre cadre = byName.get(name);
      if (cadre == null) {
        problems.add(what + "“" + name + "”不是本单位领导干部（本单位：" + String.join("、", byName.keySet()) + "）");
      } else {
        codes.add(cadre.getCode());
      }
    }
    return codes;
  }

  private static List<String> split(String value) {
    return split(value, ",");
  }

  private static List<String> split(String value, String separator) {
    return value == null || value.isBlank() ? List.of() : Arrays.stream(value.split(separator)).toList();
  }
}
