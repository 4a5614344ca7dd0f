package cn.cadre.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.cadre.appraisal.support.OnMySql;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On MySQL/MariaDB the database itself keeps the audit tables append-only: a row can be added, and
 * any UPDATE or DELETE — from the application or from a client at the SQL prompt — is refused with
 * the reason, leaving the row as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MySqlAuditAppendOnlyTest implements OnMySql {

  private static final List<String> AUDIT_TABLES = List.of("grade_audit", "score_audit", "tally_audit", "routine_audit",
      "special_audit", "term_audit", "finding_audit");

  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;

  @Test
  void everyAuditTableHasTriggersThatRefuseUpdateAndDelete() {
    for (String table : AUDIT_TABLES) {
      assertThat(jdbc.queryForList("select event_manipulation from information_schema.triggers where "
          + "event_object_schema = database() and event_object_table = ? and action_timing = 'BEFORE'", String.class, table))
          .as(table).containsExactlyInAnyOrder("UPDATE", "DELETE");
    }
  }

  @Test
  void aScoreAuditRowIsKeptAsWritten() {
    // committed, as the application writes it (its connections come without autocommit)
    transaction.executeWithoutResult(t -> jdbc.update("insert into score_audit (round_id, unit_code, subject, old_value, new_value, reason, actor, changed_at) "
        + "values (-1, 'ap-unit', 'GRADE', '较好', '好', '追加测试', 'ap-od', current_timestamp(6))"));
    long id = jdbc.queryForObject("select max(id) from score_audit where unit_code = 'ap-unit'", Long.class);

    assertThatThrownBy(() -> jdbc.update("update score_audit set new_value = '一般' where id = ?", id))
        .isInstanceOf(DataAccessException.class).hasMessageContaining("score_audit is append-only");
    assertThatThrownBy(() -> jdbc.update("delete from score_audit where id = ?", id))
        .isInstanceOf(DataAccessException.class).hasMessageContaining("audit rows are never removed");
    assertThat(jdbc.queryForObject("select new_value from score_audit where id = ?", String.class, id)).isEqualTo("好");
  }
}
