package cn.cadre.appraisal.organisation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The organisation as stored, read once for a roster import (units and their teams, cadres, staff):
 * checking and importing 2,400 rows then asks the database nothing row by row, and Hibernate never
 * flushes a persistence context of thousands before each of thousands of small queries.
 */
final class StoredOrganisation {

  private final Map<String, Unit> units = new HashMap<>();
  private final Map<String, LeadershipTeam> teamsByUnit = new HashMap<>();
  private final Map<String, Cadre> cadresByCode = new HashMap<>();
  private final Map<String, Cadre> cadresByUser = new HashMap<>();
  private final Map<String, StaffMember> staffByUser = new HashMap<>();

  static StoredOrganisation load(UnitRepository units, LeadershipTeamRepository teams, CadreRepository cadres,
      StaffMemberRepository staff) {
    StoredOrganisation stored = new StoredOrganisation();
    // units and teams first: the cadres' lazy references then resolve from the persistence context
    units.findAll().forEach(stored::add);
    teams.findAll().forEach(stored::add);
    cadres.findAll().forEach(stored::add);
    staff.findAll().forEach(s -> stored.staffByUser.put(s.getUserId(), s));
    return stored;
  }

  void add(Unit unit) {
    units.put(unit.getCode(), unit);
  }

  void add(LeadershipTeam team) {
    teamsByUnit.put(team.getUnit().getCode(), team);
  }

  void add(Cadre cadre) {
    cadresByCode.put(cadre.getCode(), cadre);
    cadresByUser.put(cadre.getUserId(), cadre);
  }

  Optional<Unit> unit(String code) {
    return Optional.ofNullable(units.get(code));
  }

  Optional<LeadershipTeam> teamOf(String unitCode) {
    return Optional.ofNullable(teamsByUnit.get(unitCode));
  }

  Optional<Cadre> cadreByCode(String code) {
    return Optional.ofNullable(cadresByCode.get(code));
  }

  Optional<Cadre> cadreByUser(String userId) {
    return Optional.ofNullable(cadresByUser.get(userId));
  }

  Optional<StaffMember> staffByUser(String userId) {
    return Optional.ofNullable(staffByUser.get(userId));
  }
}
