package cn.cadre.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.support.MySqlTestDatabase;
import cn.cadre.appraisal.support.OnMySql;
import cn.cadre.appraisal.support.RestClient;
import cn.cadre.appraisal.support.RosterRows;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The backup and restore the README describes, tried once: mysqldump of the running application's
 * database (a consistent snapshot while it runs), loaded into an empty database with the mysql
 * client, holds every table, the audit triggers and a rare character (𠀀) exactly. Skipped when the
 * MySQL client programs are not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MySqlBackupRestoreTest implements OnMySql {

  private static final String RESTORED = MySqlTestDatabase.NAME + "_restore";

  @Autowired TestRestTemplate template;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aDumpOfTheRunningDatabaseRestoresIntoAnEmptyOne(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(onPath("mysqldump") && onPath("mysql"), "mysqldump and mysql (MySQL/MariaDB client) not installed");
    ResponseEntity<String> imported = new RestClient(template, "admin").post("admin", "/api/roster", Map.of(
        "units", List.of(RosterRows.unit("bk-unit", "备份测试𠀀局")), "cadres", List.of(), "staff", List.of()));
    assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);

    Path dump = dir.resolve("appraisal.sql");
    run(dump.toFile(), null, "mysqldump", "--single-transaction", "--routines", "--triggers",
        "--default-character-set=utf8mb4", MySqlTestDatabase.NAME);
    MySqlTestDatabase.recreate(RESTORED);
    run(null, dump.toFile(), "mysql", "--default-character-set=utf8mb4", RESTORED);

    String tables = "select table_name from information_schema.tables where table_schema = ? order by table_name";
    List<String> original = jdbc.queryForList(tables, String.class, MySqlTestDatabase.NAME);
    assertThat(original).hasSizeGreaterThan(60);
    assertThat(jdbc.queryForList(tables, String.class, RESTORED)).isEqualTo(original);
    assertThat(jdbc.queryForObject("select count(*) from information_schema.triggers where trigger_schema = ?",
        Integer.class, RESTORED)).as("the audit tables' triggers").isEqualTo(16);
    assertThat(jdbc.queryForObject("select name from " + RESTORED + ".unit where code = 'bk-unit'", String.class))
        .isEqualTo("备份测试𠀀局");
    for (String stable : List.of("flyway_schema_history", "unit", "cadre", "ACT_RE_PROCDEF", "ACT_ID_USER")) {
      String table = original.stream().filter(t -> t.equalsIgnoreCase(stable)).findFirst().orElseThrow();
      assertThat(jdbc.queryForObject("select count(*) from " + RESTORED + "." + table, Long.class)).as(table)
          .isEqualTo(jdbc.queryForObject("select count(*) from " + MySqlTestDatabase.NAME + "." + table, Long.class));
    }
    jdbc.execute("drop database " + RESTORED);
  }

  private static void run(File output, File input, String program, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(program, "--host=" + MySqlTestDatabase.host(),
        "--port=" + MySqlTestDatabase.port(), "--protocol=TCP", "--user=" + MySqlTestDatabase.user()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE);
    // the password travels in the environment, never on the command line
    builder.environment().put("MYSQL_PWD", MySqlTestDatabase.password());
    if (output != null) {
      builder.redirectOutput(output);
    }
    if (input != null) {
      builder.redirectInput(input);
    }
    Process process = builder.start();
    String errors = new String(process.getErrorStream().readAllBytes());
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(program + " finished").isTrue();
    assertThat(process.exitValue()).as(program + ": " + errors).isZero();
  }

  private static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
