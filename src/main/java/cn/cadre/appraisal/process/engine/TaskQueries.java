package cn.cadre.appraisal.process.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * A task query that filters or sorts by a process variable answers questions about variables the
 * user may not read ("is potentialForPromotion true on my task?"). Only the organisation department
 * and administrators, who may read every variable, query tasks by variables; Tasklist's filters and
 * the task list do not need it.
 */
final class TaskQueries {

  static final List<String> VARIABLE_READERS = List.of("org-dept", "camunda-admin");

  private TaskQueries() {}

  static boolean asksAboutVariables(Command<?> command) {
    TaskQueryImpl query = null;
    if (command instanceof TaskQueryImpl direct) {
      query = direct;
    } else if (command instanceof AbstractExecuteFilterCmd
        && Fields.read(command, "extendingQuery") instanceof TaskQueryImpl extending) {
      query = extending; // Tasklist's search runs as the filter extended by the criteria
    }
    return query != null && usesVariables(query);
  }

  static boolean mayQueryVariables(Authentication user) {
    return user.getGroupIds() != null && user.getGroupIds().stream().anyMatch(VARIABLE_READERS::contains);
  }

  private static boolean usesVariables(TaskQueryImpl query) {
    if (query.getVariables() != null && !query.getVariables().isEmpty()) {
      return true;
    }
    if (query.getOrderingProperties() != null) {
      for (QueryOrderingProperty ordering : query.getOrderingProperties()) {
        if (QueryOrderingProperty.RELATION_VARIABLE.equals(ordering.getRelation())) {
          return true;
        }
      }
    }
    if (query.getQueries() != null) {
      for (TaskQueryImpl or : query.getQueries()) {
        if (or != query && usesVariables(or)) {
          return true;
        }
      }
    }
    return false;
  }
}
