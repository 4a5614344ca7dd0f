package cn.cadre.appraisal.process;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;

/**
 * The engine's own refusal ("The user with id … does not have one of the following permissions …")
 * said in Chinese, keeping the user and the missing permissions the REST answer lists: Tasklist and
 * /engine-rest show this message to the user.
 */
final class DeniedInChinese extends AuthorizationException {

  private static final Map<String, String> RESOURCES = Map.ofEntries(
      Map.entry("Task", "任务"), Map.entry("ProcessInstance", "流程实例"), Map.entry("ProcessDefinition", "流程定义"),
      Map.entry("Deployment", "流程部署"), Map.entry("DecisionDefinition", "决策表"), Map.entry("User", "用户"),
      Map.entry("Group", "用户组"), Map.entry("Authorization", "授权"), Map.entry("Filter", "任务过滤器"),
      Map.entry("Batch", "批处理"), Map.entry("HistoricTask", "历史任务"),
      Map.entry("HistoricProcessInstance", "历史流程实例"), Map.entry("Application", "应用"), Map.entry("Tenant", "租户"));
  private static final Map<String, String> PERMISSIONS = Map.ofEntries(
      Map.entry("READ", "查看"), Map.entry("UPDATE", "修改"), Map.entry("CREATE", "创建"), Map.entry("DELETE", "删除"),
      Map.entry("ALL", "全部"), Map.entry("ACCESS", "访问"), Map.entry("TASK_WORK", "办理"), Map.entry("TASK_ASSIGN", "指派"),
      Map.entry("READ_VARIABLE", "查看变量"), Map.entry("UPDATE_VARIABLE", "修改变量"),
      Map.entry("READ_TASK", "查看任务"), Map.entry("UPDATE_TASK", "修改任务"), Map.entry("READ_HISTORY", "查看历史"),
      Map.entry("CREATE_INSTANCE", "启动流程"), Map.entry("READ_INSTANCE", "查看流程实例"),
      Map.entry("UPDATE_INSTANCE", "修改流程实例"), Map.entry("DELETE_INSTANCE", "删除流程实例"));

  private final String message;

  private DeniedInChinese(AuthorizationException denied) {
    super(denied.getUserId(), denied.getMissingAuthorizations());
    List<MissingAuthorization> missing = denied.getMissingAuthorizations();
    String what = missing.stream().map(DeniedInChinese::describe).distinct().collect(Collectors.joining("或"));
    boolean task = missing.stream().anyMatch(m -> "Task".equals(m.getResourceType()));
    this.message = "无权执行此操作：用户“" + denied.getUserId() + "”没有" + (what.isEmpty() ? "相应" : what) + "的权限。"
        // the hint only where it is true: a task's refusal, not a deployment's or a user's
        + (task ? "任务只能由其办理人或候选人办理；如需调整，请联系组织部" : "如需此权限，请联系系统管理员");
    initCause(denied);
  }

  /** The engine's message in Chinese; a refusal already worded by the application passes unchanged. */
  static AuthorizationException of(AuthorizationException denied) {
    if (denied instanceof DeniedInChinese || denied.getUserId() == null || denied.getMissingAuthorizations().isEmpty()) {
      return denied;
    }
    return new DeniedInChinese(denied);
  }

  private static String describe(MissingAuthorization m) {
    String resource = RESOURCES.getOrDefault(m.getResourceType(), m.getResourceType());
    String permission = PERMISSIONS.getOrDefault(m.getViolatedPermissionName(), m.getViolatedPermissionName());
    String id = m.getResourceId() == null || "*".equals(m.getResourceId()) ? "" : " " + m.getResourceId();
    return resource + id + "的“" + permission + "”";
  }

  @Override
  public String getMessage() {
    return message;
  }
}
