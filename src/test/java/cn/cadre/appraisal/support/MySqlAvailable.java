package cn.cadre.appraisal.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a MySQL-backed test class only when a MySQL/MariaDB server answers at 127.0.0.1:3306
 * (override with APPRAISAL_TEST_DB_HOST/PORT/USER/PASSWORD), on its database recreated empty before
 * the class's application starts; otherwise skips it with the reason.
 */
public class MySqlAvailable implements ExecutionCondition, BeforeAllCallback {

  /** Once per JVM: the scenarios after the first share its database, and the context cached on it. */
  private static boolean recreated;

  @Override
  public void beforeAll(ExtensionContext context) {
    synchronized (MySqlAvailable.class) {
      if (!recreated) {
        MySqlTestDatabase.recreate();
        recreated = true;
      }
    }
  }

  private static Boolean available;
  private static String reason;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (available == null) {
      try (Connection ignored = MySqlTestDatabase.serverConnection()) {
        available = true;
        reason = "MySQL server at " + MySqlTestDatabase.hostPort();
      } catch (SQLException e) {
        available = false;
        reason = "No MySQL/MariaDB server reachable at " + MySqlTestDatabase.hostPort()
            + ": MySQL-backed tests are skipped (" + e.getMessage() + ")";
        System.err.println("WARNING: " + reason);
      }
    }
    return available ? ConditionEvaluationResult.enabled(reason) : ConditionEvaluationResult.disabled(reason);
  }

  static Connection open(String url) throws SQLException {
    return DriverManager.getConnection(url, MySqlTestDatabase.user(), MySqlTestDatabase.password());
  }
}
