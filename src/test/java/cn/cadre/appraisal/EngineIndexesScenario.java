package cn.cadre.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.process.engine.EngineIndexes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The indexes the engine's schema lacks (EngineIndexes) are there once the application runs, the
 * database uses them for the sub-task lookup every task completion makes, and two nodes starting
 * at once both start, leaving one index.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class EngineIndexesScenario {

  private static final String SUB_TASKS = "select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'some-task'";

  @Autowired DataSource dataSource;
  @Autowired EngineIndexes indexes;
  @Autowired ProcessEngine engine;

  @Test
  void theSubTaskLookupOfEveryCompletionUsesAnIndex() throws Exception {
    assertThat(plan(SUB_TASKS)).contains("act_idx_task_parent_task");
  }

  @Test
  void twoNodesStartingOnADatabaseWithoutTheIndex_bothStart_andOneIndexIsMade() throws Exception {
    drop();
    assertThat(plan(SUB_TASKS)).doesNotContain("act_idx_task_parent_task");

    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      Callable<Void> start = () -> {
        indexes.postProcessEngineBuild(engine);
        return null;
      };
      List<Future<Void>> started = new ArrayList<>(List.of(nodes.submit(start), nodes.submit(start)));
      for (Future<Void> node : started) {
        node.get();
      }
    } finally {
      nodes.shutdownNow();
    }

    assertThat(indexesOnParentTask()).isEqualTo(1);
    assertThat(plan(SUB_TASKS)).contains("act_idx_task_parent_task");
    indexes.postProcessEngineBuild(engine); // and again, as every later start does: nothing to do
    assertThat(indexesOnParentTask()).isEqualTo(1);
  }

  private void drop() throws Exception {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      boolean mysql = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).matches(".*(mysql|mariadb).*");
      s.execute(mysql ? "drop index ACT_IDX_TASK_PARENT_TASK on ACT_RU_TASK" : "drop index ACT_IDX_TASK_PARENT_TASK");
    }
  }

  private int indexesOnParentTask() throws Exception {
    try (Connection c = dataSource.getConnection();
        ResultSet rs = c.getMetaData().getIndexInfo(c.getCatalog(), c.getSchema(), "ACT_RU_TASK", false, true)) {
      int count = 0;
      while (rs.next()) {
        count += "PARENT_TASK_ID_".equalsIgnoreCase(rs.getString("COLUMN_NAME")) ? 1 : 0;
      }
      return count;
    }
  }

  /** The database's plan for a query, all its columns and rows as one lower-case text (H2 and MySQL alike). */
  private String plan(String sql) throws Exception {
    StringBuilder plan = new StringBuilder();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("explain " + sql)) {
      while (rs.next()) {
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          plan.append(rs.getString(i)).append(' ');
        }
      }
    }
    return plan.toString().toLowerCase(Locale.ROOT);
  }
}
