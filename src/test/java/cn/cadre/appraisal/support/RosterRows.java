package cn.cadre.appraisal.support;

import java.util.List;
import java.util.Map;

/**
 * Rows of a roster import (POST /api/roster) as the tests write them: one place for the shape the
 * importer reads. Cadres' user ids are their codes; a password given here is the administrator's
 * choice (only an administrator may import it), not a one-time one.
 */
public final class RosterRows {

  private RosterRows() {}

  public static Map<String, Object> unit(String code, String name) {
    return Map.of("code", code, "name", name, "category", "DEPARTMENT");
  }

  public static Map<String, Object> cadre(String code, String name, String position, String role, String unitCode,
      String birthDate, String password) {
    return Map.of("code", code, "name", name, "position", position, "role", role, "unitCode", unitCode, "userId", code,
        "birthDate", birthDate, "initialPassword", password);
  }

  public static Map<String, Object> staff(String userId, String name, String homeUnitCode, String groupId,
      String password) {
    return Map.of("userId", userId, "name", name, "homeUnitCode", homeUnitCode, "groups", List.of(groupId),
        "initialPassword", password);
  }
}
