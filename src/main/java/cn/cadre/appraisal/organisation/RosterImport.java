package cn.cadre.appraisal.organisation;

import cn.cadre.appraisal.shared.AppraisalGroup;

import cn.cadre.appraisal.organisation.RosterCheck.CadreEntry;
import cn.cadre.appraisal.organisation.RosterCheck.Checked;
import cn.cadre.appraisal.organisation.RosterCheck.StaffEntry;
import cn.cadre.appraisal.organisation.RosterCheck.UnitEntry;
import cn.cadre.appraisal.organisation.RosterReport.Counts;
import cn.cadre.appraisal.organisation.RosterReport.Outcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 花名册导入: creates or updates units (with their teams), cadres and staff members, keyed by unit
 * code, cadre code and user id, and makes sure each has a user with the right groups. One transaction:
 * the user directory joins it, so a roster with any bad row writes nothing at all.
 */
@Service
public class RosterImport {

  private static final Logger LOG = LoggerFactory.getLogger(RosterImport.class);

  private final OrganisationService organisation;
  private final UnitRepository units;
  private final LeadershipTeamRepository teams;
  private final CadreRepository cadres;
  private final StaffMemberRepository staff;
  private final IdentityDirectory identity;
  private final OfficeGroups officeGroups;
  private final NewAccounts accounts;
  private final IssuingOrganService organs;

  RosterImport(OrganisationService organisation, UnitRepository units, LeadershipTeamRepository teams,
      CadreRepository cadres, StaffMemberRepository staff, IdentityDirectory identity, OfficeGroups officeGroups,
      NewAccounts accounts, IssuingOrganService organs) {
    this.organs = organs;
    this.officeGroups = officeGroups;
    this.accounts = accounts;
    this.organisation = organisation;
    this.units = units;
    this.teams = teams;
    this.cadres = cadres;
    this.staff = staff;
    this.identity = identity;
  }

  /** Imports the roster for the administrator (who may also give test or service accounts a chosen password). */
  @Transactional
  public RosterReport importRoster(Roster roster) {
    return importRoster(roster, "admin", true);
  }

  /**
   * Imports the roster, or throws {@link RosterValidationException} naming every bad row. Every user
   * it creates gets a random one-time password, answered once in the report (never logged); a user who
   * exists keeps their password. Only an administrator may set a chosen password (initialPassword).
   */
  @Transactional
  public RosterReport importRoster(Roster roster, String actor, boolean mayChoosePasswords) {
    return importRoster(roster, null, actor, mayChoosePasswords);
  }

  /** The roster with the organisation's issuing organ (发文机关, 文号前缀), if given: all or nothing. */
  @Transactional
  public RosterReport importRoster(Roster roster, IssuingOrganService.Names organ, String actor, boolean mayChoosePasswords) {
    if (organ != null) {
      List<String> problems = IssuingOrganService.problems(organ);
      if (!problems.isEmpty()) {
        throw new RosterValidationException(problems.stream().map(p -> "issuingOrgan: " + p).toList());
      }
    }
    StoredOrganisation stored = StoredOrganisation.load(units, teams, cadres, staff);
    Checked checked = new RosterCheck(stored, officeGroups.groupIds()).check(roster);
    if (!mayChoosePasswords) {
      List<String> chosen = new java.util.ArrayList<>();
      checked.cadres().stream().filter(c -> c.initialPassword() != null).forEach(c -> chosen.add(c.userId()));
      checked.staff().stream().filter(s -> s.initialPassword() != null).forEach(s -> chosen.add(s.userId()));
      if (!chosen.isEmpty()) {
        throw new RosterValidationException(List.of("initialPassword 只能由系统管理员指定（测试或服务账户）："
            + String.join("、", chosen) + "；其他用户导入后获得随机的一次性密码"));
      }
    }
    List<RosterReport.Credential> credentials = new java.util.ArrayList<>();
    Map<String, Outcome> unitOutcomes = new LinkedHashMap<>();
    checked.units().values().forEach(unit -> importUnit(unit, checked.units(), unitOutcomes, stored));
    Users users = new Users(checked, actor, credentials);
    List<Outcome> cadreOutcomes = checked.cadres().stream().map(c -> importCadre(c, stored, users)).toList();
    users.create();
    List<Outcome> staffOutcomes = checked.staff().stream().map(s -> importStaff(s, actor, credentials)).toList();
    if (organ != null) {
      organs.set(organ, actor);
    }
    RosterReport report = new RosterReport(Counts.of(unitOutcomes.values()), Counts.of(cadreOutcomes),
        Counts.of(staffOutcomes), credentials);
    LOG.info("Roster imported by {}: units {}, cadres {}, staff {}, {} one-time passwords issued", actor, report.units(),
        report.cadres(), report.staff(), credentials.size());
    return report;
  }

  /**
   * The password a user of the roster starts with: the administrator's choice, or a one-time one for
   * a user the directory does not have yet (handed back once); null when the user exists already.
   */
  private String password(String userId, String name, String chosen, String actor,
      List<RosterReport.Credential> credentials) {
    if (!identity.managesUsers() || identity.exists(userId)) {
      return null; // the directory's user, or one the roster made before: its password stays
    }
    if (chosen != null) {
      return chosen;
    }
    String oneTime = accounts.issueOneTimePassword(userId, actor);
    credentials.add(new RosterReport.Credential(userId, name, oneTime));
    return oneTime;
  }

  /** Parents first, since a unit's parent may come later in the file. */
  private void importUnit(UnitEntry entry, Map<String, UnitEntry> inFile, Map<String, Outcome> done,
      StoredOrganisation stored) {
    if (done.containsKey(entry.code())) {
      return;
    }
    if (entry.parentCode() != null && inFile.containsKey(entry.parentCode())) {
      importUnit(inFile.get(entry.parentCode()), inFile, done, stored);
    }
    Unit unit = stored.unit(entry.code()).orElse(null);
    if (unit == null) {
      LeadershipTeam team = organisation.registerUnit(entry.code(), entry.name(), entry.category(), entry.parentCode());
      stored.add(team.getUnit());
      stored.add(team);
      done.put(entry.code(), Outcome.CREATED);
    } else {
      Unit parent = entry.parentCode() == null ? null : stored.unit(entry.parentCode()).orElseThrow();
      done.put(entry.code(), Outcome.updated(unit.update(entry.name(), entry.category(), parent)));
    }
  }

  private Outcome importCadre(CadreEntry entry, StoredOrganisation stored, Users users) {
    LeadershipTeam team = stored.teamOf(entry.unitCode())
        .orElseThrow(() -> new IllegalStateException("unit without a team: " + entry.unitCode()));
    Cadre cadre = stored.cadreByCode(entry.code()).orElse(null);
    users.cadre(entry);
    if (cadre == null) {
      stored.add(cadres.save(new Cadre(entry.code(), entry.name(), entry.position(), entry.role(), team, entry.userId(),
          entry.birthDate())));
      return Outcome.CREATED;
    }
    return Outcome.updated(cadre.update(entry.name(), entry.position(), entry.role(), team, entry.birthDate()));
  }

  /**
   * The cadres' users, in bulk: who exists and in which groups is read once, new users (with their
   * group and address) are created together, and only what differs is changed for the others.
   */
  private final class Users {

    private final String actor;
    private final List<RosterReport.Credential> credentials;
    private final Map<String, String> existing;
    private final java.util.Set<String> cadreMembers;
    private final List<IdentityDirectory.NewUser> created = new java.util.ArrayList<>();
    private final List<CadreEntry> oneTime = new java.util.ArrayList<>();

    Users(Checked checked, String actor, List<RosterReport.Credential> credentials) {
      this.actor = actor;
      this.credentials = credentials;
      this.existing = identity.existingUsers(checked.cadres().stream().map(CadreEntry::userId).toList());
      this.cadreMembers = new java.util.HashSet<>(identity.membersOf(AppraisalGroup.CADRE));
    }

    void cadre(CadreEntry entry) {
      if (!identity.managesUsers()) {
        return; // the organisation's directory has its users, groups and addresses
      }
      String userId = entry.userId();
      if (!existing.containsKey(userId)) {
        if (entry.initialPassword() == null) {
          oneTime.add(entry);
        }
        created.add(new IdentityDirectory.NewUser(userId, entry.name(), entry.initialPassword(),
            List.of(AppraisalGroup.CADRE.id()), entry.email()));
        return;
      }
      if (!cadreMembers.contains(userId)) {
        identity.ensureMembership(userId, AppraisalGroup.CADRE);
      }
      if (entry.email() != null && !entry.email().equals(existing.get(userId))) {
        identity.setEmail(userId, entry.email());
      }
    }

    /** Creates the new users, each with a one-time password unless the administrator chose one. */
    void create() {
      Map<String, String> passwords = accounts.issueOneTimePasswords(oneTime.stream().map(CadreEntry::userId).toList(),
          actor);
      oneTime.forEach(e -> credentials.add(new RosterReport.Credential(e.userId(), e.name(), passwords.get(e.userId()))));
      identity.createUsers(created.stream().map(u -> u.password() != null ? u
          : new IdentityDirectory.NewUser(u.userId(), u.displayName(), passwords.get(u.userId()), u.groupIds(), u.email()))
          .toList());
    }
  }

  private Outcome importStaff(StaffEntry entry, String actor, List<RosterReport.Credential> credentials) {
    String password = password(entry.userId(), entry.name(), entry.initialPassword(), actor, credentials);
    StaffMember stored = staff.findByUserId(entry.userId()).orElse(null);
    if (stored == null) {
      organisation.registerStaff(entry.userId(), entry.name(), entry.homeUnitCode(), entry.groups(), password)
          .headsOffice(entry.officeHead());
      email(entry.userId(), entry.email());
      return Outcome.CREATED;
    }
    boolean changed = stored.update(entry.name(), organisation.unit(entry.homeUnitCode()))
        | stored.headsOffice(entry.officeHead());
    identity.ensureUser(entry.userId(), entry.name(), password);
    entry.groups().forEach(group -> identity.ensureMembership(entry.userId(), group));
    email(entry.userId(), entry.email());
    return Outcome.updated(changed);
  }

  /** A row's e-mail address, when it gives one: a row without keeps the address the user has. */
  private void email(String userId, String email) {
    if (email != null) {
      identity.setEmail(userId, email);
    }
  }
}
