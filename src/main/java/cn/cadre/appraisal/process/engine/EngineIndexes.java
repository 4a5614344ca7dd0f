package cn.cadre.appraisal.process.engine;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes Camunda's schema lacks and a large round needs, created once the engine has its tables
 * (new or existing database, H2 or MySQL/MariaDB) when missing.
 *
 * <p>ACT_RU_TASK.PARENT_TASK_ID_: completing or deleting any task looks for its sub-tasks
 * ({@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?}), which without an index reads every
 * open task. With a province's round open (5,000+ tasks) that scan was the largest part of the rows
 * the database read per completed task (docs/performance.md; reported to Camunda as camunda/camunda#36824).
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  /** Table, column, index name (prefixed like Camunda's own, so that a DBA sees where it belongs). */
  record Index(String table, String column, String name) {}

  static final List<Index> INDEXES = List.of(new Index("ACT_RU_TASK", "PARENT_TASK_ID_", "ACT_IDX_TASK_PARENT_TASK"));

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    String prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
    ensure(configuration.getDataSource(), prefix);
  }

  static void ensure(DataSource dataSource, String prefix) {
    try (Connection connection = dataSource.getConnection()) {
      for (Index index : INDEXES) {
        String table = prefix + index.table();
        if (indexed(connection, table, index.column())) {
          continue;
        }
        try (Statement s = connection.createStatement()) {
          s.execute("create index " + index.name() + " on " + table + " (" + index.column() + ")");
          if (!connection.getAutoCommit()) {
            connection.commit(); // DDL commits by itself on MySQL, not on every database
          }
          LOG.info("Created index {} on {}({})", index.name(), table, index.column());
        } catch (SQLException e) {
          if (!connection.getAutoCommit()) {
            connection.rollback();
          }
          // another node starting at the same moment may have created it first
          if (!indexed(connection, table, index.column())) {
            throw e;
          }
        }
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Cannot create the engine's indexes: " + e.getMessage(), e);
    }
  }

  /** Whether some index of the table starts with the column (whatever its name). */
  static boolean indexed(Connection connection, String table, String column) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    for (String name : List.of(table, table.toLowerCase(Locale.ROOT))) {
      try (ResultSet rs = meta.getIndexInfo(connection.getCatalog(), connection.getSchema(), name, false, true)) {
        while (rs.next()) {
          if (rs.getShort("ORDINAL_POSITION") == 1 && column.equalsIgnoreCase(rs.getString("COLUMN_NAME"))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
