package cn.cadre.appraisal.organisation;

import cn.cadre.appraisal.shared.ConflictException;
import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.shared.AppraisalGroup;

import cn.cadre.appraisal.shared.NotFoundException;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.Hibernate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers units, teams, cadres and staff members; each becomes a user, cadres in the cadre group,
 * staff members in the groups they work in.
 */
@Service
public class OrganisationService {

  private final UnitRepository units;
  private final LeadershipTeamRepository teams;
  private final CadreRepository cadres;
  private final StaffMemberRepository staff;
  private final IdentityDirectory identity;

  public OrganisationService(UnitRepository units, LeadershipTeamRepository teams,
      CadreRepository cadres, StaffMemberRepository staff, IdentityDirectory identity) {
    this.units = units;
    this.teams = teams;
    this.cadres = cadres;
    this.staff = staff;
    this.identity = identity;
  }

  @Transactional
  public LeadershipTeam registerUnit(String code, String name, UnitCategory category, String parentCode) {
    if (units.findByCode(code).isPresent()) {
      throw new InvalidInputException("单位编码已存在: " + code);
    }
    Unit parent = parentCode == null ? null : unit(parentCode);
    Unit unit = units.save(new Unit(code, name, category, parent));
    return teams.save(new LeadershipTeam(unit, name + "领导班子"));
  }

  @Transactional
  public Cadre registerCadre(String code, String name, String position, CadreRole role,
      String unitCode, String userId, LocalDate birthDate, String initialPassword) {
    if (cadres.findByCode(code).isPresent()) {
      throw new InvalidInputException("干部编码已存在: " + code);
    }
    LeadershipTeam team = teams.findByUnit(unit(unitCode))
        .orElseThrow(() -> new ConflictException("单位没有领导班子: " + unitCode));
    Cadre cadre = cadres.save(new Cadre(code, name, position, role, team, userId, birthDate));
    identity.ensureUser(userId, name, initialPassword);
    identity.ensureMembership(userId, AppraisalGroup.CADRE);
    return cadre;
  }

  @Transactional
  public StaffMember registerStaff(String userId, String name, String homeUnitCode,
      Collection<String> groupIds, String initialPassword) {
    if (staff.findByUserId(userId).isPresent() || cadres.findByUserId(userId).isPresent()) {
      throw new InvalidInputException("用户已存在: " + userId);
    }
    StaffMember member = staff.save(new StaffMember(userId, name, unit(homeUnitCode)));
    identity.ensureUser(userId, name, initialPassword);
    groupIds.forEach(group -> identity.ensureMembership(userId, group));
    return member;
  }

  /**
   * 本单位: a cadre's unit, or a staff member's home unit; empty for a user the roster does not know
   * (such as the administrator). An appraisal-team member must not appraise this unit (回避).
   */
  @Transactional(readOnly = true)
  public Optional<Unit> homeUnitOf(String userId) {
    return cadres.findByUserId(userId).map(Cadre::getUnit)
        .or(() -> staff.findByUserId(userId).map(StaffMember::getHomeUnit))
        // the association is a lazy proxy: hand out the loaded unit, usable after this transaction
        .map(unit -> Hibernate.unproxy(unit, Unit.class));
  }

  /** The unit of that code, if there is one (no exception: callers inside another transaction stay clean). */
  @Transactional(readOnly = true)
  public Optional<Unit> findUnit(String code) {
    return units.findByCode(code);
  }

  /** The user id of the unit's principal (主要负责人) in the roster, if it has one. */
  @Transactional(readOnly = true)
  public Optional<String> principalUserIdOf(Unit unit) {
    return cadresOf(unit).stream().filter(c -> c.getRole() == CadreRole.PRINCIPAL).map(Cadre::getUserId).findFirst();
  }

  @Transactional(readOnly = true)
  public Unit unit(String code) {
    return units.findByCode(code)
        .orElseThrow(() -> new NotFoundException("单位不存在: " + code));
  }

  @Transactional(readOnly = true)
  public List<Cadre> cadresOf(Unit unit) {
    // the role is stored by name, so the database would put 副职 (DEPUTY) before 正职 (PRINCIPAL)
    return cadres.findByUnitOrderByRoleAscCodeAsc(unit).stream().sorted(PRINCIPAL_FIRST).toList();
  }

  /** Principal first, then by code: the order of every list of a unit's cadres. */
  private static final java.util.Comparator<Cadre> PRINCIPAL_FIRST =
      java.util.Comparator.comparing(Cadre::getRole).thenComparing(Cadre::getCode);

  /** The cadres of several units (by unit code, then principal first), in one query. */
  @Transactional(readOnly = true)
  public List<Cadre> cadresOf(java.util.Collection<Unit> units) {
    return units.isEmpty() ? List.of() : cadres.findByUnitsFetchingUnit(units).stream()
        .sorted(java.util.Comparator.comparing((Cadre c) -> c.getUnit().getCode()).thenComparing(PRINCIPAL_FIRST)).toList();
  }

  /** The name of a user of the roster, staff or cadre; empty for an account the roster does not know (admin). */
  @Transactional(readOnly = true)
  public Optional<String> nameOfUser(String userId) {
    return staff.findByUserId(userId).map(StaffMember::getName)
        .or(() -> cadres.findByUserId(userId).map(Cadre::getName));
  }

  /** The cadre who signs in as {@code userId}, if the user is one. */
  @Transactional(readOnly = true)
  public Optional<Cadre> cadreOfUser(String userId) {
    return cadres.findByUserId(userId);
  }

  @Transactional(readOnly = true)
  public Cadre cadreByUserId(String userId) {
    return cadres.findByUserId(userId)
        .orElseThrow(() -> new NotFoundException("干部不存在: " + userId));
  }

  @Transactional(readOnly = true)
  public Cadre cadreByCode(String code) {
    return cadres.findByCode(code)
        .orElseThrow(() -> new NotFoundException("干部不存在: " + code));
  }

  /** Who receives a team's notices: its principal (主要负责人), else its first cadre. */
  /** Every unit, by code (a round's choice of units). */
  @Transactional(readOnly = true)
  public List<Unit> units() {
    return units.findAll(org.springframework.data.domain.Sort.by("code"));
  }

  @Transactional(readOnly = true)
  public Cadre principalOf(Unit unit) {
    List<Cadre> cadres = cadresOf(unit);
    if (cadres.isEmpty()) {
      throw new NotFoundException("单位没有干部: " + unit.getCode());
    }
    return cadres.stream().filter(c -> c.getRole() == CadreRole.PRINCIPAL).findFirst().orElse(cadres.get(0));
  }

  /** A decided adjustment or demotion: the cadre's position from now on. */
  @Transactional
  public void changePosition(Cadre cadre, String newPosition) {
    cadres.findById(cadre.getId()).orElseThrow().changePosition(newPosition);
  }

  /** Staff members of the given groups, as userId → name (e.g. who may hold a talk). */
  @Transactional(readOnly = true)
  public java.util.Map<String, String> staffOf(AppraisalGroup... groups) {
    java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
    for (String userId : java.util.Arrays.stream(groups).flatMap(g -> identity.membersOf(g).stream()).toList()) {
      staff.findByUserId(userId).ifPresent(s -> names.put(s.getUserId(), s.getName()));
    }
    return names;
  }

  public boolean isEmpty() {
    return units.count() == 0;
  }

  /** The heads (负责人) of the office with this user group: its members marked officeHead in the roster. */
  @Transactional(readOnly = true)
  public java.util.List<String> officeHeadsOf(String groupId) {
    java.util.Set<String> members = new java.util.HashSet<>(identity.membersOf(groupId));
    return staff.findByOfficeHeadTrue().stream().map(StaffMember::getUserId).filter(members::contains).sorted().toList();
  }

  /** The units of these codes that exist, by code, in one query. */
  @Transactional(readOnly = true)
  public java.util.Map<String, Unit> unitsByCode(java.util.Collection<String> codes) {
    java.util.Map<String, Unit> found = new java.util.HashMap<>();
    if (!codes.isEmpty()) {
      units.findByCodeIn(codes).forEach(u -> found.put(u.getCode(), u));
    }
    return found;
  }

  /** How many cadres each of these units has, by unit code (0 for none), in one query. */
  @Transactional(readOnly = true)
  public java.util.Map<String, Long> cadreCounts(java.util.Collection<Unit> of) {
    java.util.Map<String, Long> counts = new java.util.HashMap<>();
    of.forEach(u -> counts.put(u.getCode(), 0L));
    if (!of.isEmpty()) {
      cadres.countByUnits(of).forEach(row -> counts.put((String) row[0], (Long) row[1]));
    }
    return counts;
  }
}
