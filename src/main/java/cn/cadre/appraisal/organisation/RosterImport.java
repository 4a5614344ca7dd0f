package cn.cadre.appraisal.organisation;

import cn.cadre.appraisal.organisation.RosterCheck.CadreEntry;
import cn.cadre.appraisal.organisation.RosterCheck.Checked;
import cn.cadre.appraisal.organisation.RosterCheck.StaffEntry;
import cn.cadre.appraisal.organisation.RosterCheck.UnitEntry;
import cn.cadre.appraisal.organisation.RosterReport.Counts;
import cn.cadre.appraisal.organisation.RosterReport.Outcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
  private final String defaultPassword;
  private final OfficeGroups officeGroups;

  RosterImport(OrganisationService organisation, UnitRepository units, LeadershipTeamRepository teams,
      CadreRepository cadres, StaffMemberRepository staff, IdentityDirectory identity,
      @Value("${appraisal.roster.initial-password:changeme}") String defaultPassword, OfficeGroups officeGroups) {
    this.officeGroups = officeGroups;
    this.organisation = organisation;
    this.units = units;
    this.teams = teams;
    this.cadres = cadres;
    this.staff = staff;
    this.identity = identity;
    this.defaultPassword = defaultPassword;
  }

  /** Imports the roster, or throws {@link RosterValidationException} naming every bad row. */
  @Transactional
  public RosterReport importRoster(Roster roster) {
    Checked checked = new RosterCheck(units, cadres, staff, officeGroups.groupIds()).check(roster);
    Map<String, Outcome> unitOutcomes = new LinkedHashMap<>();
    checked.units().values().forEach(unit -> importUnit(unit, checked.units(), unitOutcomes));
    List<Outcome> cadreOutcomes = checked.cadres().stream().map(this::importCadre).toList();
    List<Outcome> staffOutcomes = checked.staff().stream().map(this::importStaff).toList();
    RosterReport report = new RosterReport(Counts.of(unitOutcomes.values()), Counts.of(cadreOutcomes),
        Counts.of(staffOutcomes));
    LOG.info("Roster imported: {}", report);
    return report;
  }

  /** Parents first, since a unit's parent may come later in the file. */
  private void importUnit(UnitEntry entry, Map<String, UnitEntry> inFile, Map<String, Outcome> done) {
    if (done.containsKey(entry.code())) {
      return;
    }
    if (entry.parentCode() != null && inFile.containsKey(entry.parentCode())) {
      importUnit(inFile.get(entry.parentCode()), inFile, done);
    }
    Unit stored = units.findByCode(entry.code()).orElse(null);
    if (stored == null) {
      organisation.registerUnit(entry.code(), entry.name(), entry.category(), entry.parentCode());
      done.put(entry.code(), Outcome.CREATED);
    } else {
      Unit parent = entry.parentCode() == null ? null : organisation.unit(entry.parentCode());
      done.put(entry.code(), Outcome.updated(stored.update(entry.name(), entry.category(), parent)));
    }
  }

  private Outcome importCadre(CadreEntry entry) {
    String password = Objects.requireNonNullElse(entry.initialPassword(), defaultPassword);
    Cadre stored = cadres.findByCode(entry.code()).orElse(null);
    if (stored == null) {
      organisation.registerCadre(entry.code(), entry.name(), entry.position(), entry.role(), entry.unitCode(),
          entry.userId(), entry.birthDate(), password);
      return Outcome.CREATED;
    }
    LeadershipTeam team = teams.findByUnit(organisation.unit(entry.unitCode())).orElseThrow();
    boolean changed = stored.update(entry.name(), entry.position(), entry.role(), team, entry.birthDate());
    identity.ensureUser(entry.userId(), entry.name(), password);
    identity.ensureMembership(entry.userId(), AppraisalGroup.CADRE);
    return Outcome.updated(changed);
  }

  private Outcome importStaff(StaffEntry entry) {
    String password = Objects.requireNonNullElse(entry.initialPassword(), defaultPassword);
    StaffMember stored = staff.findByUserId(entry.userId()).orElse(null);
    if (stored == null) {
      organisation.registerStaff(entry.userId(), entry.name(), entry.homeUnitCode(), entry.groups(), password);
      return Outcome.CREATED;
    }
    boolean changed = stored.update(entry.name(), organisation.unit(entry.homeUnitCode()));
    identity.ensureUser(entry.userId(), entry.name(), password);
    entry.groups().forEach(group -> identity.ensureMembership(entry.userId(), group));
    return Outcome.updated(changed);
  }
}
