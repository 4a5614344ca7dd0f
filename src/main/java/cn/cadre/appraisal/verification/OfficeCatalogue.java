package cn.cadre.appraisal.verification;

import cn.cadre.appraisal.shared.ConflictException;
import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.shared.AppraisalGroup;
import cn.cadre.appraisal.shared.NotFoundException;
import cn.cadre.appraisal.organisation.OfficeGroups;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offices an organisation asks for negative lists. The organisation department registers an
 * office (code, name, user group) and chooses which a new round asks by default; no process model
 * changes. An office's group is created with the office, ready for the roster to fill.
 */
@Service
public class OfficeCatalogue implements OfficeGroups {

  static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");
  static final Pattern GROUP = Pattern.compile("[a-z][a-z0-9-]{1,63}");

  private final OfficeRepository offices;
  private final OfficeGroupSetup groups;
  private final Clock clock;

  OfficeCatalogue(OfficeRepository offices, OfficeGroupSetup groups, Clock clock) {
    this.offices = offices;
    this.groups = groups;
    this.clock = clock;
  }

  /** A new office, or a change to one: the fields the API accepts. */
  public record OfficeRequest(String code, String name, String groupId, Boolean askedByDefault, Integer sortOrder) {}

  @Transactional(readOnly = true)
  public List<Office> all() {
    return offices.findAllByOrderBySortOrderAscCodeAsc();
  }

  @Transactional(readOnly = true)
  public Office office(String code) {
    return offices.findById(code == null ? "" : code).orElseThrow(() -> new NotFoundException("部门不存在: " + code));
  }

  @Override
  @Transactional(readOnly = true)
  public Set<String> groupIds() {
    Set<String> ids = new LinkedHashSet<>();
    all().forEach(o -> ids.add(o.getGroupId()));
    return ids;
  }

  /** Registers an office; every problem is named at once, and a taken code or group is a conflict. */
  @Transactional
  public Office register(OfficeRequest request, String actor) {
    List<String> problems = new ArrayList<>();
    String code = request == null ? null : request.code();
    if (code == null || !CODE.matcher(code).matches()) {
      problems.add("code 应为2到30位大写字母、数字或下划线，以字母开头（如 STATISTICS）: " + code);
    }
    String groupId = request == null ? null : request.groupId();
    if (groupId == null || !GROUP.matcher(groupId).matches()) {
      problems.add("groupId 应为2到64位小写字母、数字或连字符，以字母开头（如 statistics）: " + groupId);
    } else if (reserved(groupId)) {
      problems.add("groupId 不能使用考核工作组的用户组: " + groupId);
    }
    String name = checkName(request == null ? null : request.name(), problems);
    checkOrder(request == null ? null : request.sortOrder(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (offices.existsById(code)) {
      throw new ConflictException("部门编码已存在: " + code);
    }
    if (offices.existsByGroupId(groupId)) {
      throw new ConflictException("用户组已属于另一个部门: " + groupId);
    }
    int order = request.sortOrder() != null ? request.sortOrder()
        : all().stream().mapToInt(Office::getSortOrder).max().orElse(0) + 10;
    Office office = offices.save(new Office(code, name, groupId, Boolean.TRUE.equals(request.askedByDefault()), order,
        actor, LocalDateTime.now(clock)));
    groups.ensure(groupId, name);
    return office;
  }

  /** Renames an office or changes whether new rounds ask it; rounds already open keep their offices. */
  @Transactional
  public Office change(String code, OfficeRequest request, String actor) {
    Office office = office(code);
    List<String> problems = new ArrayList<>();
    if (request == null) {
      throw new InvalidInputException("请求体不能为空");
    }
    if (request.code() != null && !request.code().equals(code)) {
      problems.add("部门编码不能修改");
    }
    if (request.groupId() != null && !request.groupId().equals(office.getGroupId())) {
      problems.add("部门的用户组不能修改");
    }
    String name = request.name() == null ? office.getName() : checkName(request.name(), problems);
    checkOrder(request.sortOrder(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    office.change(name, request.askedByDefault() == null ? office.isAskedByDefault() : request.askedByDefault(),
        request.sortOrder() == null ? office.getSortOrder() : request.sortOrder());
    return office;
  }

  private static String checkName(String name, List<String> problems) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty() || trimmed.length() > 50) {
      problems.add("name 不能为空且不超过50个字: " + name);
    }
    return trimmed;
  }

  private static void checkOrder(Integer order, List<String> problems) {
    if (order != null && (order < 0 || order > 100_000)) {
      problems.add("sortOrder 应在0到100000之间: " + order);
    }
  }

  /** The appraisal's own groups (other than the three default offices') cannot be an office's. */
  private static boolean reserved(String groupId) {
    return groupId.equals("camunda-admin") || java.util.Arrays.stream(AppraisalGroup.values())
        .filter(g -> g != AppraisalGroup.DISCIPLINE && g != AppraisalGroup.AUDIT && g != AppraisalGroup.PETITIONS)
        .anyMatch(g -> g.id().equals(groupId));
  }
}
