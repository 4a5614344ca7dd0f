package cn.cadre.appraisal.migration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.support.MySqlAvailable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V14 on a database that already holds result-application paths (as a province's does): every path
 * keeps its data and gets the subject made from its grade record, and the new kinds of subject fit.
 * On H2 always, and on MariaDB/MySQL when a server answers (the two dialects alter columns differently).
 */
class ResultSubjectMigrationTest {

  @Test
  void pathsOfAnnualGradesKeepEverything_onH2() {
    migrate(MigrationTarget.h2("v14"));
  }

  @Test
  @ExtendWith(MySqlAvailable.class)
  void pathsOfAnnualGradesKeepEverything_onMySql() {
    migrate(MigrationTarget.mySql("v14"));
  }

  private static void migrate(MigrationTarget target) {
    JdbcTemplate sql = target.sql();
    target.migrateTo("13");
    sql.update("insert into unit (id, code, name, category) values (1, 'u1', '示范县教育局', 'COUNTY_DEPARTMENT')");
    sql.update("insert into leadership_team (id, unit_id, name) values (1, 1, '示范县教育局领导班子')");
    sql.update("insert into cadre (id, code, name, position, role, unit_id, team_id, user_id) "
        + "values (1, 'c1', '张三', '局长', 'PRINCIPAL', 1, 1, 'c1')");
    sql.update("insert into campaign (id, appraisal_year, kind, excellent_quota, public_notice_days, stage_due_days, "
        + "status, started_by, started_at) values (5, 2025, 'ANNUAL', 0.2, 5, 10, 'DONE', 'od', current_timestamp)");
    sql.update("insert into grade_record (id, campaign_id, unit_id, cadre_id, needs_review, final_grade, problems, "
        + "potential_for_promotion, early_sign_problems, weakness_topic, send_back) "
        + "values (11, 5, 1, 1, false, 'BASICALLY_COMPETENT', '推进较慢', false, true, '统筹协调', false)");
    sql.update("insert into grade_record (id, campaign_id, unit_id, cadre_id, needs_review, final_grade, "
        + "potential_for_promotion, early_sign_problems, send_back) values (12, 5, 1, null, false, 'AVERAGE', false, false, false)");
    sql.update("insert into result_action (id, campaign_id, grade_record_id, path, path_label, status, proposal, "
        + "updated_by, updated_at) values (100, 5, 11, 'ADMONITION_TALK', '诫勉谈话', 'HELD', '谈话记录', 'od', current_timestamp)");
    sql.update("insert into result_action (id, campaign_id, grade_record_id, path, path_label, status, updated_at) "
        + "values (101, 5, 11, 'TOPIC_TRAINING', '专题培训', 'OPEN', current_timestamp)");
    sql.update("insert into result_action (id, campaign_id, grade_record_id, path, path_label, status, updated_at) "
        + "values (102, 5, 12, 'TEAM_SUMMONS', '约谈领导班子', 'OPEN', current_timestamp)");

    target.migrateTo(null);

    List<Map<String, Object>> subjects = sql.queryForList(
        "select source, source_id, appraisal_year, unit_id, cadre_id, grade_record_id, grade, basis, weakness_topic, problems "
            + "from result_subject order by grade_record_id");
    assertThat(subjects).hasSize(2);
    assertThat(subjects.get(0)).containsEntry("SOURCE", "ANNUAL").containsEntry("GRADE", "BASICALLY_COMPETENT")
        .containsEntry("BASIS", "2025年度考核").containsEntry("WEAKNESS_TOPIC", "统筹协调").containsEntry("PROBLEMS", "推进较慢");
    assertThat(((Number) subjects.get(0).get("APPRAISAL_YEAR")).intValue()).isEqualTo(2025);
    assertThat(((Number) subjects.get(0).get("SOURCE_ID")).longValue()).isEqualTo(5);
    assertThat(subjects.get(1).get("CADRE_ID")).as("the team's subject").isNull();
    assertThat(sql.queryForList("select a.id, a.status, a.proposal, s.grade_record_id from result_action a "
        + "join result_subject s on s.id = a.subject_id order by a.id"))
        .extracting(r -> ((Number) r.get("ID")).longValue() + " " + r.get("STATUS") + " " + r.get("PROPOSAL") + " "
            + ((Number) r.get("GRADE_RECORD_ID")).longValue())
        .containsExactly("100 HELD 谈话记录 11", "101 OPEN null 11", "102 OPEN null 12");

    // a routine finding's subject and path: no grade record, no round
    sql.update("insert into result_subject (subject_key, source, source_id, appraisal_year, unit_id, cadre_id, basis, "
        + "created_at) values ('routine-3/cadre-c1', 'ROUTINE', 3, 2026, 1, 1, '2026年第一季度平时考核', current_timestamp)");
    long routine = sql.queryForObject("select id from result_subject where source = 'ROUTINE'", Long.class);
    sql.update("insert into result_action (subject_id, path, path_label, status, updated_at) "
        + "values (?, 'REMINDER_TALK', '谈话提醒', 'OPEN', current_timestamp)", routine);
    sql.update("insert into young_cadre_pool (cadre_id, entered_on) values (1, current_date)");
    assertThat(sql.queryForObject("select count(*) from result_action where campaign_id is null", Integer.class)).isOne();
  }
}
