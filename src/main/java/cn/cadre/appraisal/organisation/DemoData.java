package cn.cadre.appraisal.organisation;

import cn.cadre.appraisal.shared.AppraisalGroup;

import cn.cadre.appraisal.settings.AppraisalSettings;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo organisation for the H2 default profile: a county with two bureaus, their teams, 12 cadres
 * and staff members for the other roles, each with a home unit. Loaded once, on the first start of
 * an empty database; never under the mysql profile (appraisal.demo-data=false there).
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "appraisal.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  private final OrganisationService organisation;
  private final String password;

  DemoData(OrganisationService organisation, AppraisalSettings settings) {
    String password = settings.demoPassword();
    this.organisation = organisation;
    this.password = password;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!organisation.isEmpty()) {
      return;
    }
    organisation.registerUnit("county", "示范县", UnitCategory.COUNTY, null);
    organisation.registerUnit("edu", "示范县教育局", UnitCategory.DEPARTMENT, "county");
    organisation.registerUnit("fin", "示范县财政局", UnitCategory.DEPARTMENT, "county");

    cadre("c1001", "李建国", "县委书记", CadreRole.PRINCIPAL, "county", 1970);
    cadre("c1002", "王海燕", "县委副书记、县长", CadreRole.DEPUTY, "county", 1974);
    cadre("c1003", "张志强", "县委常委、常务副县长", CadreRole.DEPUTY, "county", 1978);
    cadre("c1004", "刘晓梅", "副县长", CadreRole.DEPUTY, "county", 1985);
    cadre("c1005", "陈明", "局长", CadreRole.PRINCIPAL, "edu", 1972);
    cadre("c1006", "杨丽", "副局长", CadreRole.DEPUTY, "edu", 1980);
    cadre("c1007", "赵鹏", "副局长", CadreRole.DEPUTY, "edu", 1987);
    cadre("c1008", "黄静", "纪检组长", CadreRole.DEPUTY, "edu", 1976);
    cadre("c1009", "周斌", "局长", CadreRole.PRINCIPAL, "fin", 1971);
    cadre("c1010", "吴芳", "副局长", CadreRole.DEPUTY, "fin", 1983);
    cadre("c1011", "徐磊", "副局长", CadreRole.DEPUTY, "fin", 1989);
    cadre("c1012", "孙悦", "总会计师", CadreRole.DEPUTY, "fin", 1981);

    staff("orgdept", "组织部 干部科", "county", AppraisalGroup.ORG_DEPT);
    staff("team1", "考核组 成员", "fin", AppraisalGroup.APPRAISAL_TEAM);
    staff("team2", "考核组 成员二", "edu", AppraisalGroup.APPRAISAL_TEAM);
    staff("committee", "党委 审定", "county", AppraisalGroup.PARTY_COMMITTEE);
    staff("discipline1", "纪检监察 联络员", "county", AppraisalGroup.DISCIPLINE);
    staff("audit1", "审计 联络员", "county", AppraisalGroup.AUDIT);
    staff("petitions1", "信访 联络员", "county", AppraisalGroup.PETITIONS);
    LOG.info("Demo data loaded: 3 units, 12 cadres (c1001..c1012), 7 staff members (orgdept, team1, team2, "
        + "committee, discipline1, audit1, petitions1)");
  }

  private void cadre(String code, String name, String position, CadreRole role, String unit, int born) {
    organisation.registerCadre(code, name, position, role, unit, code, LocalDate.of(born, 6, 1), password);
  }

  private void staff(String userId, String name, String homeUnit, AppraisalGroup group) {
    organisation.registerStaff(userId, name, homeUnit, List.of(group.id()), password);
  }
}
