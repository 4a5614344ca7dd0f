package cn.cadre.appraisal.organisation;

import cn.cadre.appraisal.shared.AppraisalGroup;

import cn.cadre.appraisal.organisation.Roster.Problem;
import cn.cadre.appraisal.organisation.Roster.Row;
import cn.cadre.appraisal.organisation.Roster.Sheet;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks every row of a roster against itself and against what is stored, and turns it into typed
 * entries. All errors are collected, so that the user can mend the whole file at once.
 */
class RosterCheck {

  /** What Camunda accepts as a user id (generalResourceWhitelistPattern); codes follow the same rule. */
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]+");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s,;，、]+@[^@\\s,;，、.]+(\\.[^@\\s,;，、.]+)+");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("[,，、;\\s]+");
  private static final Set<AppraisalGroup> STAFF_GROUPS = EnumSet.complementOf(EnumSet.of(AppraisalGroup.CADRE));

  record UnitEntry(Row row, String code, String name, UnitCategory category, String parentCode) {}

  record CadreEntry(Row row, String code, String name, String position, CadreRole role, String unitCode,
                    String userId, LocalDate birthDate, String email, String initialPassword) {}

  record StaffEntry(Row row, String userId, String name, String homeUnitCode, Set<String> groups, boolean officeHead,
                    String email, String initialPassword) {}

  record Checked(Map<String, UnitEntry> units, List<CadreEntry> cadres, List<StaffEntry> staff) {}

  private final StoredOrganisation stored;
  private final List<Problem> problems = new ArrayList<>();
  /** Group ids a staff member may be given: the appraisal groups but the cadres', and the offices' groups. */
  private final Set<String> staffGroups = new java.util.LinkedHashSet<>();

  RosterCheck(StoredOrganisation stored, Set<String> officeGroups) {
    STAFF_GROUPS.forEach(g -> staffGroups.add(g.id()));
    staffGroups.addAll(officeGroups);
    this.stored = stored;
  }

  /** The typed entries, units by code; throws with every error found if any row is wrong. */
  Checked check(Roster roster) {
    problems.addAll(roster.problems());
    if (roster.isEmpty() && problems.isEmpty()) {
      problems.add(new Problem(null, "花名册为空：units、cadres、staff 中没有任何一行"));
    }
    Map<String, UnitEntry> units = unique(roster.rows(Sheet.UNITS).stream().map(this::unit).toList(),
        UnitEntry::row, UnitEntry::code, "code");
    List<CadreEntry> cadres = roster.rows(Sheet.CADRES).stream().map(this::cadre).toList();
    unique(cadres, CadreEntry::row, CadreEntry::code, "code");
    Map<String, CadreEntry> cadresByUser = unique(cadres, CadreEntry::row, CadreEntry::userId, "userId");
    List<StaffEntry> staff = roster.rows(Sheet.STAFF).stream().map(this::staff).toList();
    unique(staff, StaffEntry::row, StaffEntry::userId, "userId");

    units.values().forEach(u -> checkParent(u, units));
    cadres.forEach(c -> checkCadre(c, units));
    staff.forEach(s -> checkStaff(s, units, cadresByUser));
    if (!problems.isEmpty()) {
      throw new RosterValidationException(problems.stream()
          .sorted(Comparator.comparing((Problem p) -> p.row() == null ? -1 : p.row().sheet().ordinal())
              .thenComparing(p -> p.row() == null ? 0 : p.row().number()))
          .map(Problem::toString).toList());
    }
    return new Checked(units, cadres, staff);
  }

  private UnitEntry unit(Row row) {
    return new UnitEntry(row, key(row, "code"), text(row, "name", 200, true),
        enumValue(row, "category", UnitCategory.class), optionalKey(row, "parentCode"));
  }

  private CadreEntry cadre(Row row) {
    return new CadreEntry(row, key(row, "code"), text(row, "name", 100, true), text(row, "position", 200, true),
        enumValue(row, "role", CadreRole.class), key(row, "unitCode"), key(row, "userId"), date(row, "birthDate"),
        email(row), text(row, "initialPassword", 255, false));
  }

  private StaffEntry staff(Row row) {
    return new StaffEntry(row, key(row, "userId"), text(row, "name", 100, true), key(row, "homeUnitCode"),
        groups(row), yes(row, "officeHead"), email(row), text(row, "initialPassword", 255, false));
  }

  /** An optional yes/no: 是/否, true/false, 1/0, Y/N; empty is no. */
  private boolean yes(Row row, String field) {
    String value = row.get(field);
    if (value == null) {
      return false;
    }
    switch (value.toLowerCase(java.util.Locale.ROOT)) {
      case "是", "true", "1", "y", "yes" -> { return true; }
      case "否", "false", "0", "n", "no" -> { return false; }
      default -> {
        problem(row, field + " 只能填“是”或“否”: '" + value + "'");
        return false;
      }
    }
  }

  /** An optional e-mail address: one @, a dotted domain, no spaces, at most 254 characters. */
  private String email(Row row) {
    String value = row.get("email");
    if (value == null) {
      return null;
    }
    if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
      problem(row, "email 不是有效的电子邮箱地址: '" + value + "'（例如 zhangsan@example.gov.cn）");
      return null;
    }
    return value;
  }

  private void checkParent(UnitEntry unit, Map<String, UnitEntry> inFile) {
    if (unit.parentCode() == null) {
      return;
    }
    if (!inFile.containsKey(unit.parentCode()) && stored.unit(unit.parentCode()).isEmpty()) {
      problem(unit.row(), "parentCode '" + unit.parentCode() + "' 不存在");
      return;
    }
    // Walk up the tree as it will be after the import: the file's parent where the file names the unit.
    List<String> path = new ArrayList<>(List.of(unit.code()));
    String current = unit.parentCode();
    while (current != null && !path.contains(current)) {
      path.add(current);
      current = parentAfterImport(current, inFile);
    }
    if (unit.code().equals(current)) {
      path.add(current);
      problem(unit.row(), "parentCode '" + unit.parentCode() + "' 使单位树成环: " + String.join(" → ", path));
    }
  }

  private String parentAfterImport(String code, Map<String, UnitEntry> inFile) {
    UnitEntry entry = inFile.get(code);
    if (entry != null) {
      return entry.parentCode();
    }
    return stored.unit(code).map(Unit::getParent).map(Unit::getCode).orElse(null);
  }

  private void checkCadre(CadreEntry cadre, Map<String, UnitEntry> units) {
    checkUnitExists(cadre.row(), "unitCode", cadre.unitCode(), units);
    if (cadre.code() != null && cadre.userId() != null) {
      stored.cadreByCode(cadre.code()).filter(c -> !c.getUserId().equals(cadre.userId())).ifPresent(c ->
          problem(cadre.row(), "干部 '" + c.getCode() + "' 的 userId 是 '" + c.getUserId() + "'，不能改为 '"
              + cadre.userId() + "'"));
      stored.cadreByUser(cadre.userId()).filter(c -> !c.getCode().equals(cadre.code())).ifPresent(c ->
          problem(cadre.row(), "userId '" + cadre.userId() + "' 已属于干部 '" + c.getCode() + "'"));
    }
    if (cadre.userId() != null && stored.staffByUser(cadre.userId()).isPresent()) {
      problem(cadre.row(), "userId '" + cadre.userId() + "' 已是工作人员，不能同时是干部");
    }
  }

  private void checkStaff(StaffEntry staff, Map<String, UnitEntry> units, Map<String, CadreEntry> cadresByUser) {
    checkUnitExists(staff.row(), "homeUnitCode", staff.homeUnitCode(), units);
    if (staff.userId() == null) {
      return;
    }
    CadreEntry cadre = cadresByUser.get(staff.userId());
    if (cadre != null) {
      problem(staff.row(), "userId '" + staff.userId() + "' 同时出现在干部名单（" + cadre.row() + "）");
    } else {
      stored.cadreByUser(staff.userId()).ifPresent(c ->
          problem(staff.row(), "userId '" + staff.userId() + "' 已是干部 '" + c.getCode() + "'，不能同时是工作人员"));
    }
  }

  private void checkUnitExists(Row row, String field, String code, Map<String, UnitEntry> units) {
    if (code != null && !units.containsKey(code) && stored.unit(code).isEmpty()) {
      problem(row, field + " '" + code + "' 不存在");
    }
  }

  /** Entries by key; a key seen before in the file is an error on the later row. */
  private <E> Map<String, E> unique(List<E> entries, Function<E, Row> row, Function<E, String> key, String field) {
    Map<String, E> byKey = new LinkedHashMap<>();
    for (E entry : entries) {
      String value = key.apply(entry);
      if (value == null) {
        continue;
      }
      E first = byKey.putIfAbsent(value, entry);
      if (first != null) {
        problem(row.apply(entry), field + " '" + value + "' 重复（已见于 " + row.apply(first) + "）");
      }
    }
    return byKey;
  }

  private String text(Row row, String field, int maxLength, boolean required) {
    String value = row.get(field);
    if (value == null) {
      if (required) {
        problem(row, field + " 不能为空");
      }
      return null;
    }
    if (value.length() > maxLength) {
      problem(row, field + " 不能超过 " + maxLength + " 个字符");
    }
    return value;
  }

  private String key(Row row, String field) {
    return checkKey(row, field, text(row, field, 64, true));
  }

  private String optionalKey(Row row, String field) {
    return checkKey(row, field, text(row, field, 64, false));
  }

  private String checkKey(Row row, String field, String value) {
    if (value != null && !KEY.matcher(value).matches()) {
      problem(row, field + " '" + value + "' 只能包含字母、数字和 _ . -");
    }
    return value;
  }

  private <E extends Enum<E>> E enumValue(Row row, String field, Class<E> type) {
    String value = text(row, field, 40, true);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problem(row, field + " '" + value + "' 无效，应为 " + Arrays.stream(type.getEnumConstants())
          .map(Enum::name).collect(Collectors.joining("、")));
      return null;
    }
  }

  private LocalDate date(Row row, String field) {
    String value = row.get(field);
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problem(row, field + " '" + value + "' 不是日期，应为 yyyy-MM-dd（如 1975-03-01）");
      return null;
    }
  }

  /**
   * Staff groups: appraisal group or office group ids separated by commas or 、; the cadre group is
   * for cadres only.
   */
  private Set<String> groups(Row row) {
    String value = text(row, "groups", 500, true);
    Set<String> groups = new java.util.LinkedHashSet<>();
    for (String id : value == null ? new String[0] : LIST_SEPARATOR.split(value)) {
      if (staffGroups.contains(id)) {
        groups.add(id);
      } else {
        problem(row, "groups 中的 '" + id + "' 无效，应为 " + String.join("、", staffGroups) + "（干部请列入 cadres）");
      }
    }
    return groups;
  }

  private void problem(Row row, String message) {
    problems.add(new Problem(row, message));
  }
}
