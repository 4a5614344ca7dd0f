package cn.cadre.appraisal.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The throw-away database the MySQL-backed tests run against. */
public final class MySqlTestDatabase {

  /** APPRAISAL_TEST_DB_NAME lets two checkouts on one server test without dropping each other's database. */
  public static final String NAME = env("APPRAISAL_TEST_DB_NAME", "appraisal_test");

  private MySqlTestDatabase() {}

  static String hostPort() {
    return host() + ":" + port();
  }

  public static String host() {
    return env("APPRAISAL_TEST_DB_HOST", "127.0.0.1");
  }

  public static String port() {
    return env("APPRAISAL_TEST_DB_PORT", "3306");
  }

  public static String user() {
    return env("APPRAISAL_TEST_DB_USER", "root");
  }

  public static String password() {
    return env("APPRAISAL_TEST_DB_PASSWORD", "");
  }

  /** The JDBC URL the application under test uses, with the options Camunda needs on MySQL. */
  public static String url() {
    return url(NAME);
  }

  /** The URL of another throw-away database on the same server (see {@link #recreate(String)}). */
  public static String url(String database) {
    return "jdbc:mysql://" + hostPort() + "/" + database + "?characterEncoding=UTF-8&connectionCollation=utf8mb4_bin"
        + "&sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&useSSL=false&allowPublicKeyRetrieval=true";
  }

  static Connection serverConnection() throws SQLException {
    return MySqlAvailable.open("jdbc:mysql://" + hostPort() + "/?connectTimeout=2000&useSSL=false&allowPublicKeyRetrieval=true");
  }

  /**
   * Drops and recreates the database empty, deliberately with a latin1 default, so each run proves
   * that the application creates Camunda's and its own tables as utf8mb4 on a fresh database.
   */
  public static void recreate() {
    recreate(NAME);
  }

  /** Drops and recreates the named database empty (latin1 default, as {@link #recreate()}). */
  public static void recreate(String database) {
    try (Connection c = serverConnection(); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + database);
      s.execute("CREATE DATABASE " + database + " CHARACTER SET latin1");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot recreate " + database + ": " + e.getMessage(), e);
    }
  }


  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  /** The datasource of a Spring test on this database (the file watcher off: one context, one run). */
  public static void register(org.springframework.test.context.DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", MySqlTestDatabase::url);
    registry.add("spring.datasource.username", MySqlTestDatabase::user);
    registry.add("spring.datasource.password", MySqlTestDatabase::password);
    registry.add("appraisal.deployment.watch", () -> "false");
    // the mysql profile names no issuing organ; the scenarios' organisation has it in its settings
    // (MySqlCrashRecoveryTest and the annual round set it as organisations do: API and roster)
    registry.add("appraisal.issuing-organ", () -> "中共示范县委组织部");
    registry.add("appraisal.document-prefix", () -> "示组");
  }
}
