package cn.cadre.appraisal.migration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.support.MySqlAvailable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V24 on a database with rounds under way: each round's cadres are fixed from its grade records where
 * it has them (a cadre since moved stays in the record's unit), else from the roster; a cadre of a unit
 * outside the round is not in it. On H2 always, and on MariaDB/MySQL when a server answers.
 */
class RoundCadresMigrationTest {

  @Test
  void roundsUnderWayKeepTheirCadres_onH2() {
    migrate(MigrationTarget.h2("v24"));
  }

  @Test
  @ExtendWith(MySqlAvailable.class)
  void roundsUnderWayKeepTheirCadres_onMySql() {
    migrate(MigrationTarget.mySql("v24"));
  }

  private static void migrate(MigrationTarget target) {
    JdbcTemplate sql = target.sql();
    target.migrateTo("23");
    for (int u = 1; u <= 3; u++) {
      sql.update("insert into unit (id, code, name, category) values (?, ?, ?, 'DEPARTMENT')", u, "u" + u, "第" + u + "局");
      sql.update("insert into leadership_team (id, unit_id, name) values (?, ?, ?)", u, u, "第" + u + "局领导班子");
    }
    // c2 was in u1 when the round graded them and has since moved to u2; c3 never had a record; c4 is of u3
    cadre(sql, 1, "PRINCIPAL", "局长", 1);
    cadre(sql, 2, "DEPUTY", "新职务", 2);
    cadre(sql, 3, "DEPUTY", "副局长", 1);
    cadre(sql, 4, "PRINCIPAL", "局长", 3);
    sql.update("insert into campaign (id, appraisal_year, kind, excellent_quota, public_notice_days, stage_due_days, "
        + "status, started_by, started_at) values (5, 2025, 'ANNUAL', 0.2, 5, 10, 'RUNNING', 'od', current_timestamp)");
    for (int u = 1; u <= 2; u++) {
      sql.update("insert into campaign_unit (campaign_id, unit_id, appraisal_year, kind, team_name) "
          + "values (5, ?, 2025, 'ANNUAL', '考核组')", u);
    }
    sql.update("insert into grade_record (id, campaign_id, unit_id, cadre_id, needs_review, potential_for_promotion, "
        + "early_sign_problems, send_back) values (11, 5, 1, 2, false, false, false, false)");

    target.migrateTo(null);

    assertThat(sql.queryForList("select cadre_id, unit_id, role, position from campaign_cadre where campaign_id = 5 "
        + "order by cadre_id"))
        .extracting(r -> ((Number) r.get("CADRE_ID")).longValue() + " u" + ((Number) r.get("UNIT_ID")).longValue()
            + " " + r.get("ROLE") + " " + r.get("POSITION"))
        .containsExactly("1 u1 PRINCIPAL 局长", "2 u1 DEPUTY 新职务", "3 u1 DEPUTY 副局长");
  }

  private static void cadre(JdbcTemplate sql, int id, String role, String position, int unit) {
    sql.update("insert into cadre (id, code, name, position, role, unit_id, team_id, user_id) values (?, ?, ?, ?, ?, ?, ?, ?)",
        id, "c" + id, "干部" + id, position, role, unit, unit, "c" + id);
  }
}
