package cn.cadre.appraisal.migration;

import cn.cadre.appraisal.support.MySqlTestDatabase;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A fresh database to migrate step by step: in-memory H2, or a database of its own on the MySQL server. */
record MigrationTarget(DriverManagerDataSource db, Map<String, String> placeholders, String... locations) {

  static MigrationTarget h2(String name) {
    return new MigrationTarget(new DriverManagerDataSource("jdbc:h2:mem:" + name + "-" + System.nanoTime()
        + ";DB_CLOSE_DELAY=-1", "sa", ""), Map.of("tableOptions", "", "alterColumn", "alter column"),
        "classpath:db/migration");
  }

  static MigrationTarget mySql(String suffix) {
    String database = MySqlTestDatabase.NAME + "_" + suffix;
    MySqlTestDatabase.recreate(database);
    return new MigrationTarget(new DriverManagerDataSource(MySqlTestDatabase.url(database), MySqlTestDatabase.user(),
        MySqlTestDatabase.password()),
        Map.of("tableOptions", "DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_bin", "alterColumn", "modify column"),
        "classpath:db/migration", "classpath:db/mysql");
  }

  /** Migrates up to the version given, or to the latest with null. */
  void migrateTo(String version) {
    var config = Flyway.configure().dataSource(db).locations(locations).placeholders(placeholders);
    (version == null ? config : config.target(version)).load().migrate();
  }

  JdbcTemplate sql() {
    return new JdbcTemplate(db);
  }
}
