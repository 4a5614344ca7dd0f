package cn.cadre.appraisal.bench;

import cn.cadre.appraisal.AppraisalApplication;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as the benchmarks run it: on H2 (profile test) or on an emptied MariaDB/MySQL
 * database (profile mysql; bench.mysql.host/port/user/password/database), on a free port, with the
 * settings of -Dbench.spring="name=value;…" to try.
 */
final class BenchmarkApplication {

  private BenchmarkApplication() {}

  record Started(ConfigurableApplicationContext context, String base) {}

  static Started start(String db, Consumer<String> line) throws SQLException {
    System.setProperty("server.port", "0");
    System.setProperty("appraisal.deployment.watch", "false");
    for (String setting : System.getProperty("bench.spring", "").split(";")) {
      if (!setting.isBlank()) {
        int eq = setting.indexOf('=');
        System.setProperty(setting.substring(0, eq).strip(), setting.substring(eq + 1).strip());
        line.accept("Application setting: " + setting.strip());
      }
    }
    SpringApplication app = new SpringApplication(AppraisalApplication.class);
    switch (db) {
      case "h2" -> app.setAdditionalProfiles("test");
      case "mysql", "mariadb" -> {
        String name = System.getProperty("bench.mysql.database", "appraisal_bench");
        if (name.equals("appraisal_test") || name.equals("appraisal")) {
          throw new IllegalArgumentException("the benchmark drops its database: not " + name);
        }
        String hostPort = System.getProperty("bench.mysql.host", "127.0.0.1") + ":"
            + System.getProperty("bench.mysql.port", "3306");
        String user = System.getProperty("bench.mysql.user", "root");
        String password = System.getProperty("bench.mysql.password", "");
        try (Connection c = DriverManager.getConnection("jdbc:mysql://" + hostPort + "/?useSSL=false&allowPublicKeyRetrieval=true",
            user, password); Statement s = c.createStatement()) {
          s.execute("drop database if exists " + name);
          s.execute("create database " + name + " character set utf8mb4");
        }
        System.setProperty("APPRAISAL_DB_HOST", hostPort.substring(0, hostPort.lastIndexOf(':')));
        System.setProperty("APPRAISAL_DB_PORT", hostPort.substring(hostPort.lastIndexOf(':') + 1));
        System.setProperty("APPRAISAL_DB_NAME", name);
        System.setProperty("APPRAISAL_DB_USER", user);
        System.setProperty("APPRAISAL_DB_PASSWORD", password);
        // Selenium brings OpenTelemetry into the test classpath, where Connector/J would trace every
        // statement; the application's own classpath has none (the bare engine's run turns it off too)
        System.setProperty("spring.datasource.hikari.data-source-properties.openTelemetry", "DISABLED");
        app.setAdditionalProfiles("mysql");
        line.accept("Database: " + name + " on " + hostPort + ", dropped and created empty");
      }
      default -> throw new IllegalArgumentException("bench.db must be h2 or mysql: " + db);
    }
    ConfigurableApplicationContext context = app.run();
    return new Started(context, "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort());
  }
}
