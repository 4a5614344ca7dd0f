package cn.cadre.appraisal.process.identity;

import cn.cadre.appraisal.process.campaign.CampaignProcess;
import cn.cadre.appraisal.process.resultapplication.ResultApplicationProcess;
import cn.cadre.appraisal.process.routine.RoutineAppraisalProcess;
import cn.cadre.appraisal.process.unitappraisal.UnitAppraisalProcess;
import static cn.cadre.appraisal.shared.AppraisalGroup.ORG_DEPT;

import cn.cadre.appraisal.shared.AppraisalGroup;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the appraisal groups, their Tasklist filters and exactly the authorizations each group
 * needs. Task visibility itself comes from Camunda's per-task authorizations, which the engine
 * grants to a task's assignee and candidate groups only. Idempotent: runs on every start.
 */
@Component
@Order(10)
class AccessSetup implements ApplicationRunner {

  static final String FILTER_MY_TASKS = "我的待办";
  static final String FILTER_GROUP_TASKS = "本组待办";
  static final String FILTER_OVERDUE = "已逾期";
  static final String FILTER_ROUND = "本轮考核";
  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;

  AccessSetup(IdentityService identity, AuthorizationService authorizations, FilterService filters,
      TaskService tasks) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
  }

  @Override
  public void run(ApplicationArguments args) {
    String myTasks = ensureFilter(FILTER_MY_TASKS, -10, "分配给我的任务",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    // candidate user covers both a task's candidate groups and its named candidates (appraisal teams)
    String groupTasks = ensureFilter(FILTER_GROUP_TASKS, 0, "可认领的任务（本组或指定给我）",
        tasks.createTaskQuery().taskCandidateUserExpression("${currentUser()}").taskUnassigned());
    // the user's own tasks and those they may claim, past their due date (红灯), the most overdue first
    String overdue = ensureFilter(FILTER_OVERDUE, 5, "已过到期日期的任务（红灯），到期最早的在前",
        mine().dueBeforeExpression("${now()}").orderByDueDate().asc());
    // the annual round's tasks (the unit stages, calibration, approval, 公示 and the results' paths)
    String round = ensureFilter(FILTER_ROUND, 10, "年度考核本轮的任务（单位考核、校准审定、公示和结果运用）",
        mine().processDefinitionKeyIn(UnitAppraisalProcess.KEY, CampaignProcess.KEY, ResultApplicationProcess.KEY));

    for (AppraisalGroup group : AppraisalGroup.values()) {
      taskGroup(group.id(), group.displayName(), myTasks, groupTasks, overdue, round);
    }
    // The organisation department owns the procedure: it starts and follows appraisals.
    grant(ORG_DEPT, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
    grant(ORG_DEPT, Resources.PROCESS_DEFINITION, Authorization.ANY,
        Permissions.READ, Permissions.CREATE_INSTANCE, Permissions.READ_INSTANCE, Permissions.READ_HISTORY,
        Permissions.UPDATE_INSTANCE);
    // UPDATE: objections it registers are correlated into the round's public notice
    grant(ORG_DEPT, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE, Permissions.READ, Permissions.UPDATE);
    grant(ORG_DEPT, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ);
    grant(ORG_DEPT, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
  }

  /**
   * A group whose members work tasks in Tasklist (an office registered later, too): the group, the
   * Tasklist, the two filters and the process names beside their tasks. Runs after {@link #run}.
   */
  void taskGroup(String groupId, String name) {
    taskGroup(groupId, name, filterId(FILTER_MY_TASKS), filterId(FILTER_GROUP_TASKS), filterId(FILTER_OVERDUE),
        filterId(FILTER_ROUND));
  }

  /** Tasks the signed-in user holds or may claim. */
  private TaskQuery mine() {
    return tasks.createTaskQuery().or().taskAssigneeExpression("${currentUser()}")
        .taskCandidateUserExpression("${currentUser()}").endOr();
  }

  private void taskGroup(String groupId, String name, String... filterIds) {
    ensureGroup(groupId, name);
    grant(groupId, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    for (String filterId : filterIds) {
      grant(groupId, Resources.FILTER, filterId, Permissions.READ);
    }
    // Tasklist shows the process name beside each task.
    grant(groupId, Resources.PROCESS_DEFINITION, UnitAppraisalProcess.KEY, Permissions.READ);
    grant(groupId, Resources.PROCESS_DEFINITION, CampaignProcess.KEY, Permissions.READ);
    grant(groupId, Resources.PROCESS_DEFINITION, ResultApplicationProcess.KEY, Permissions.READ);
    grant(groupId, Resources.PROCESS_DEFINITION, RoutineAppraisalProcess.KEY, Permissions.READ);
    grant(groupId, Resources.PROCESS_DEFINITION, cn.cadre.appraisal.process.scoring.UnitScoringProcess.KEY,
        Permissions.READ);
  }

  private String filterId(String name) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      throw new IllegalStateException("Tasklist filter missing (AccessSetup has not run): " + name);
    }
    return filter.getId();
  }

  private void ensureGroup(String groupId, String name) {
    if (identity.isReadOnly()) {
      // the organisation's directory holds the groups (profile ldap): only the authorizations are ours
      if (identity.createGroupQuery().groupId(groupId).count() == 0) {
        org.slf4j.LoggerFactory.getLogger(AccessSetup.class).warn(
            "The directory has no group '{}' ({}): its members' tasks stay unassigned", groupId, name);
      }
      return;
    }
    if (identity.createGroupQuery().groupId(groupId).count() == 0) {
      Group g = identity.newGroup(groupId);
      g.setName(name);
      g.setType("WORKFLOW");
      identity.saveGroup(g);
    }
  }

  private String ensureFilter(String name, int priority, String description, TaskQuery query) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(name);
    }
    // the query is the application's; it is rewritten on every start so an upgrade reaches old databases
    filter.setQuery(query).setProperties(Map.of("priority", priority, "description", description, "refresh", true));
    return filters.saveFilter(filter).getId();
  }

  private void grant(AppraisalGroup group, Resource resource, String resourceId, Permission... permissions) {
    grant(group.id(), resource, resourceId, permissions);
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization auth = authorizations.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    if (auth == null) {
      auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      auth.setGroupId(groupId);
      auth.setResource(resource);
      auth.setResourceId(resourceId);
    }
    boolean changed = auth.getId() == null;
    for (Permission permission : permissions) {
      if (!auth.isPermissionGranted(permission)) {
        auth.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(auth);
    }
  }
}
