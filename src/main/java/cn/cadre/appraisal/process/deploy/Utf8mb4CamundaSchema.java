package cn.cadre.appraisal.process.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Creates Camunda's tables on an empty MySQL/MariaDB database as utf8mb4 before the engine starts.
 * Camunda's own MySQL scripts declare 3-byte {@code utf8}, which cannot store characters outside
 * the BMP (生僻字 such as 𠀀, common in real names) in process variables and task data. On H2, or
 * when the tables exist, it does nothing and Camunda's schema handling proceeds as usual.
 */
@Component
class Utf8mb4CamundaSchema extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(Utf8mb4CamundaSchema.class);
  private static final String SCRIPTS = "org/camunda/bpm/engine/db/create/activiti.mysql.create.";
  /** Camunda's own creation order. */
  private static final List<String> PARTS = List.of("engine", "history", "identity",
      "case.engine", "case.history", "decision.engine", "decision.history");

  private final DataSource dataSource;

  Utf8mb4CamundaSchema(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (!(product.contains("mysql") || product.contains("mariadb")) || hasCamundaTables(connection)) {
        return;
      }
      LOG.info("Empty {} database: creating Camunda tables as utf8mb4", product);
      for (String part : PARTS) {
        String script = read(SCRIPTS + part + ".sql")
            .replace("CHARSET=utf8 COLLATE utf8_bin", "CHARSET=utf8mb4 COLLATE utf8mb4_bin");
        ScriptUtils.executeSqlScript(connection, new ByteArrayResource(script.getBytes(StandardCharsets.UTF_8)));
      }
      if (!connection.getAutoCommit()) {
        connection.commit(); // the scripts' rows (ACT_GE_PROPERTY); the pool hands out connections without autocommit
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Cannot create Camunda's utf8mb4 schema: " + e.getMessage(), e);
    }
  }

  private static boolean hasCamundaTables(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    for (String table : List.of("ACT_GE_PROPERTY", "act_ge_property")) {
      try (ResultSet rs = meta.getTables(connection.getCatalog(), null, table, new String[] {"TABLE"})) {
        if (rs.next()) {
          return true;
        }
      }
    }
    return false;
  }

  private static String read(String resource) {
    try (InputStream in = ProcessEngineConfigurationImpl.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Camunda script missing from the engine jar: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
