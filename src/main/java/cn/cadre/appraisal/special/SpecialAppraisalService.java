package cn.cadre.appraisal.special;

import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.organisation.Unit;
import cn.cadre.appraisal.shared.AppraisalGroup;
import cn.cadre.appraisal.shared.ConflictException;
import cn.cadre.appraisal.shared.InvalidInputException;
import cn.cadre.appraisal.shared.NotFoundException;
import cn.cadre.appraisal.shared.Viewer;
import cn.cadre.appraisal.verification.Office;
import cn.cadre.appraisal.verification.OfficeCatalogue;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 专项考核: the organisation department opens a special appraisal of a major task for the cadres and
 * units drawn into it, names the appraisal team and whose opinions are asked; the process then runs
 * its stages, and the team concludes on each cadre and unit. One appraisal per task and year.
 */
@Service
public class SpecialAppraisalService {

  static final int MAX_TITLE = 100;

  /** What the organisation department asks for; cadres, units and offices by code, people by user id. */
  public record OpenSpecial(Integer year, String title, String taskKind, String mode, LocalDate dueDate,
      List<String> cadres, List<String> units, List<String> team, List<String> principals, List<String> offices) {}

  public record SpecialView(Long id, int year, String title, String basis, String taskKind, String taskKindLabel,
      String mode, String modeLabel, LocalDate dueDate, String status, List<String> team, List<String> principals,
      List<String> offices, List<CadreConclusion> cadres, List<UnitConclusion> units, List<RecordView> records) {}

  public record CadreConclusion(String cadreCode, String name, String unitName, String position, String conclusion,
      String conclusionLabel, String statement, String concludedBy, LocalDateTime concludedAt) {}

  public record UnitConclusion(String unitCode, String unitName, Boolean commended, String statement,
      String concludedBy, LocalDateTime concludedAt) {}

  /** A concluded special appraisal's conclusion on a cadre, for the cadre's appraisal file. */
  public record SpecialEntry(Long appraisalId, int year, String basis, String conclusion, String conclusionLabel,
      String statement) {}

  public record RecordView(String kind, String source, LocalDate heldOn, Integer participants, boolean concerns,
      String summary, String recordedBy, LocalDateTime recordedAt) {}

  private final SpecialAppraisalRepository appraisals;
  private final SpecialCadreRepository cadres;
  private final SpecialUnitRepository units;
  private final SpecialRecordRepository records;
  private final OrganisationService organisation;
  private final OfficeCatalogue offices;
  private final SpecialProcessPort process;
  private final Clock clock;

  SpecialAppraisalService(SpecialAppraisalRepository appraisals, SpecialCadreRepository cadres,
      SpecialUnitRepository units, SpecialRecordRepository records, OrganisationService organisation,
      OfficeCatalogue offices, SpecialProcessPort process, Clock clock) {
    this.appraisals = appraisals;
    this.cadres = cadres;
    this.units = units;
    this.records = records;
    this.organisation = organisation;
    this.offices = offices;
    this.process = process;
    this.clock = clock;
  }

  /** Opens the appraisal and starts its process; every problem with the request is named at once. */
  @Transactional
  public SpecialView open(OpenSpecial request, Viewer viewer) {
    if (!viewer.isOrgDept()) {
      throw new AccessDeniedException("只有组织部可以开启专项考核");
    }
    List<String> problems = new ArrayList<>();
    int thisYear = LocalDate.now(clock).getYear();
    int year = request.year() == null ? thisYear : request.year();
    if (year < thisYear - 1 || year > thisYear + 1) {
      problems.add("考核年度应为 " + (thisYear - 1) + "–" + (thisYear + 1) + " 年，不是 " + year);
    }
    String title = request.title() == null ? "" : request.title().strip();
    if (title.isEmpty()) {
      problems.add("请填写专项任务名称");
    } else if (title.length() > MAX_TITLE) {
      problems.add("专项任务名称不能超过 " + MAX_TITLE + " 字");
    }
    SpecialTaskKind kind = parse(() -> SpecialTaskKind.parse(request.taskKind()), problems);
    SpecialMode mode = parse(() -> SpecialMode.parse(request.mode()), problems);
    if (request.dueDate() == null) {
      problems.add("请填写考核截止日期");
    } else if (request.dueDate().isBefore(LocalDate.now(clock))) {
      problems.add("考核截止日期 " + request.dueDate() + " 已过");
    }
    Map<String, Cadre> drawnCadres = lookUp(request.cadres(), "干部", organisation::cadreByCode, problems);
    Map<String, Unit> drawnUnits = lookUp(request.units(), "单位", organisation::unit, problems);
    if (drawnCadres.isEmpty() && drawnUnits.isEmpty() && problems.stream().noneMatch(p -> p.contains("不存在"))) {
      problems.add("请至少选择一名干部或一个单位");
    }
    List<String> team = people(request.team(), "考核组成员", problems);
    if (team.isEmpty()) {
      problems.add("请至少指定一名考核组成员");
    }
    for (String member : team) {
      if (organisation.homeUnitOf(member).isEmpty()) {
        problems.add("考核组成员不在花名册中：" + member);
      }
      drawnCadres.values().stream().filter(c -> member.equals(c.getUserId())).findFirst().ifPresent(c ->
          problems.add("回避：考核组成员 " + member + "（" + c.getName() + "）本人在被考核干部之列"));
    }
    List<String> principals = people(request.principals(), "任务牵头负责人", problems);
    for (String principal : principals) {
      if (organisation.homeUnitOf(principal).isEmpty()) {
        problems.add("任务牵头负责人不在花名册中：" + principal);
      }
    }
    Map<String, Office> asked = lookUp(request.offices(), "征求意见的部门", offices::office, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (appraisals.existsByYearAndTitle(year, title)) {
      throw new ConflictException(year + "年已开启“" + title + "”专项考核");
    }
    SpecialAppraisal appraisal;
    try {
      appraisal = appraisals.saveAndFlush(new SpecialAppraisal(year, title, kind, mode, request.dueDate(), team,
          principals, List.copyOf(asked.keySet()), viewer.userId(), LocalDateTime.now(clock)));
    } catch (DataIntegrityViolationException e) { // another request opened the same task just now
      throw new ConflictException(year + "年“" + title + "”专项考核刚刚由另一请求开启，请刷新后查看", e);
    }
    Map<String, String> cadreNames = new LinkedHashMap<>();
    drawnCadres.values().forEach(c -> {
      cadres.save(new SpecialCadre(appraisal.getId(), c));
      cadreNames.put(c.getCode(), c.getName() + "（" + c.getUnit().getName() + c.getPosition() + "）");
    });
    Map<String, String> unitNames = new LinkedHashMap<>();
    drawnUnits.values().forEach(u -> {
      units.save(new SpecialUnit(appraisal.getId(), u));
      unitNames.put(u.getCode(), u.getName());
    });
    Map<String, String> officeGroups = new LinkedHashMap<>();
    asked.values().forEach(o -> officeGroups.put(o.getGroupId(), o.getName()));
    process.start(appraisal, cadreNames, unitNames, officeGroups);
    return view(appraisal);
  }

  @Transactional(readOnly = true)
  public SpecialView appraisal(Long id, Viewer viewer) {
    SpecialAppraisal appraisal = find(id);
    requireReader(appraisal, viewer);
    return view(appraisal);
  }

  /** The appraisals a viewer may read: all for org-dept and the committee, their own for team members. */
  @Transactional(readOnly = true)
  public List<SpecialView> appraisals(Viewer viewer) {
    return appraisals.findAllByOrderByIdDesc().stream().filter(a -> mayRead(a, viewer)).map(this::view).toList();
  }

  /** A cadre's conclusions from concluded special appraisals, oldest first; the file admits its reader. */
  @Transactional(readOnly = true)
  public List<SpecialEntry> conclusionsOf(Cadre cadre) {
    List<SpecialEntry> entries = new ArrayList<>();
    for (SpecialCadre c : cadres.findByCadreOrderById(cadre)) {
      SpecialAppraisal a = find(c.getAppraisalId());
      if (a.getStatus() == SpecialAppraisal.Status.CONCLUDED && c.getConclusion() != null) {
        entries.add(new SpecialEntry(a.getId(), a.getYear(), a.basis(), c.getConclusion().name(),
            c.getConclusion().label(), c.getStatement()));
      }
    }
    return entries;
  }

  /**
   * For the annual analysis form: a cadre's special-appraisal conclusions of the year, one per line
   * ("" when none), so that the year-end grade is weighed with them.
   */
  @Transactional(readOnly = true)
  public String yearSummaryOf(String cadreUserId, int year) {
    return conclusionsOf(organisation.cadreByUserId(cadreUserId)).stream().filter(e -> e.year() == year)
        .map(e -> e.basis() + "：" + e.conclusionLabel() + "；鉴定：" + e.statement())
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  /** The appraisal's process business key, for its red lights; the reader's access checked. */
  @Transactional(readOnly = true)
  public String businessKeyOf(Long id, Viewer viewer) {
    SpecialAppraisal appraisal = find(id);
    requireReader(appraisal, viewer);
    return appraisal.businessKey();
  }

  /** The conclusions are applied: the appraisal is concluded (its process ends). */
  @Transactional
  public void close(Long id) {
    find(id).conclude();
  }

  SpecialAppraisal find(Long id) {
    return appraisals.findById(id).orElseThrow(() -> new NotFoundException("专项考核不存在: " + id));
  }

  static void requireReader(SpecialAppraisal appraisal, Viewer viewer) {
    if (!mayRead(appraisal, viewer)) {
      throw new AccessDeniedException("专项考核只对组织部、党委和本考核组开放");
    }
  }

  private static boolean mayRead(SpecialAppraisal appraisal, Viewer viewer) {
    return viewer.isOrgDept() || viewer.groupIds().contains(AppraisalGroup.PARTY_COMMITTEE.id())
        || appraisal.usersIn(SpecialAppraisal.Role.TEAM).contains(viewer.userId());
  }

  SpecialView view(SpecialAppraisal a) {
    List<CadreConclusion> cadreRows = cadres.findByAppraisalIdOrderById(a.getId()).stream().map(c ->
        new CadreConclusion(c.getCadre().getCode(), c.getCadre().getName(), c.getCadre().getUnit().getName(),
            c.getCadre().getPosition(), c.getConclusion() == null ? null : c.getConclusion().name(),
            c.getConclusion() == null ? null : c.getConclusion().label(), c.getStatement(), c.getConcludedBy(),
            c.getConcludedAt())).toList();
    List<UnitConclusion> unitRows = units.findByAppraisalIdOrderById(a.getId()).stream().map(u ->
        new UnitConclusion(u.getUnit().getCode(), u.getUnit().getName(), u.getCommended(), u.getStatement(),
            u.getConcludedBy(), u.getConcludedAt())).toList();
    List<RecordView> recordRows = records.findByAppraisalIdOrderById(a.getId()).stream().map(r ->
        new RecordView(r.getKind().name(), r.getSource(), r.getHeldOn(), r.getParticipants(), r.isConcerns(),
            r.getSummary(), r.getRecordedBy(), r.getRecordedAt())).toList();
    return new SpecialView(a.getId(), a.getYear(), a.getTitle(), a.basis(), a.getTaskKind().name(),
        a.getTaskKind().label(), a.getMode().name(), a.getMode().label(), a.getDueDate(), a.getStatus().name(),
        a.usersIn(SpecialAppraisal.Role.TEAM), a.usersIn(SpecialAppraisal.Role.PRINCIPAL),
        List.copyOf(a.getOfficeCodes()), cadreRows, unitRows, recordRows);
  }

  private static <T> T parse(java.util.function.Supplier<T> parser, List<String> problems) {
    try {
      return parser.get();
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  private static <T> Map<String, T> lookUp(List<String> codes, String what, Function<String, T> find,
      List<String> problems) {
    Map<String, T> found = new LinkedHashMap<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String code : codes == null ? List.<String>of() : codes) {
      String c = code == null ? "" : code.strip();
      if (c.isEmpty()) {
        problems.add(what + "编码不能为空");
      } else if (!seen.add(c)) {
        problems.add(what + "重复：" + c);
      } else {
        try {
          found.put(c, find.apply(c));
        } catch (NotFoundException e) {
          problems.add(what + "不存在：" + c);
        }
      }
    }
    return found;
  }

  private static List<String> people(List<String> userIds, String what, List<String> problems) {
    Set<String> seen = new LinkedHashSet<>();
    for (String id : userIds == null ? List.<String>of() : userIds) {
      String u = id == null ? "" : id.strip();
      if (u.isEmpty()) {
        problems.add(what + "的用户名不能为空");
      } else if (!seen.add(u)) {
        problems.add(what + "重复：" + u);
      }
    }
    return List.copyOf(seen);
  }
}
