package cn.cadre.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.support.OnMySql;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole round on a real MySQL/MariaDB server through MySQL Connector/J, in the mysql profile,
 * on a database created empty for this run. Skipped, with the reason, when no server answers.
 */
class MySqlAnnualRoundTest extends AnnualRoundScenario implements OnMySql {

  @Autowired JdbcTemplate jdbc;

  @Test
  void runsOnMySqlWithUtf8mb4TablesAndNoDemoData() {
    assertThat(jdbc.queryForObject("select version()", String.class)).isNotBlank();
    List<Map<String, Object>> nonUtf8mb4 = jdbc.queryForList(
        "select table_name, column_name, character_set_name from information_schema.columns "
            + "where table_schema = database() and character_set_name is not null and character_set_name <> 'utf8mb4' "
            // Flyway's bookkeeping holds ASCII script names only
            + "and table_name <> 'flyway_schema_history'");
    assertThat(nonUtf8mb4).as("text columns that cannot hold 𠀀").isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from ACT_GE_PROPERTY", Integer.class)).isPositive();
    assertThat(jdbc.queryForObject("select count(*) from cadre where code like 'c10%'", Integer.class))
        .as("demo data is never loaded in the mysql profile").isZero();
  }
}
