package cn.cadre.appraisal.process.engine;

import java.util.Map;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/** One task's policy applied to what its user submits and reads. No task: the command fails by itself. */
final class TaskVariableAccess {

  private final TaskEntity task;
  private final TaskVariablePolicy policy;

  TaskVariableAccess(TaskEntity task, TaskVariablePolicy policy) {
    this.task = task;
    this.policy = policy;
  }

  /**
   * Refuses a caller who may not work on the task (not its assignee, candidate or an administrator)
   * before anything they submitted is looked at; the engine would refuse them too, but only after.
   */
  void requireWork(CommandContext context) {
    if (task == null || !context.getProcessEngineConfiguration().isAuthorizationEnabled()) {
      return;
    }
    try {
      context.getProcessEngineConfiguration().getCommandCheckers().forEach(checker -> checker.checkTaskWork(task));
    } catch (AuthorizationException e) {
      throw notTheirs();
    }
  }

  /**
   * The engine's own refusal of the caller's right to this task, said as {@link #requireWork} says it;
   * any other refusal as it is.
   */
  RuntimeException notTheirs(AuthorizationException refused) {
    boolean thisTask = task != null && refused.getMissingAuthorizations().stream().anyMatch(missing ->
        Resources.TASK.resourceName().equals(missing.getResourceType()) && task.getId().equals(missing.getResourceId()));
    return thisTask ? notTheirs() : refused;
  }

  private static AuthorizationException notTheirs() {
    return new AuthorizationException("您不能办理此任务：它不在您的待办中（任务未提交）");
  }

  /** The variables to write: the form's editable fields, typed as the form declares; else refused. */
  Map<String, Object> checkSubmission(Map<String, Object> submitted) {
    if (task == null || submitted == null || submitted.isEmpty()) {
      return submitted;
    }
    VariableMap written = Variables.createVariables();
    for (String name : submitted.keySet()) {
      Object value = submitted instanceof VariableMap typed ? typed.getValueTyped(name) : submitted.get(name);
      FieldType type = policy == null ? null : policy.writable().get(name);
      if (type != null) {
        if (!type.accepts(value)) {
          throw new FormFieldValidationException(null, "字段 " + name + " 必须是" + type.label()
              + "（不接受对象、JSON 或其他类型的值），任务“" + task.getName() + "”未提交");
        }
        written.put(name, value);
      } else if (policy == null || !policy.readOnly().contains(name)) {
        throw new FormFieldValidationException(null, "任务“" + task.getName() + "”不接受变量 " + name
            + "：只能提交本任务表单中的字段" + (policy == null ? "" : " " + new TreeSet<>(policy.writable().keySet()))
            + "，任务未提交，流程数据未改变");
      }
      // a read-only field is what the form showed: never written back
    }
    return written;
  }

  boolean mayRead(String name) {
    return task == null || (policy != null && policy.mayRead(name));
  }

  VariableMap filter(VariableMap variables) {
    if (task == null) {
      return variables;
    }
    VariableMap visible = Variables.createVariables();
    for (String name : variables.keySet()) {
      if (mayRead(name)) {
        visible.putValueTyped(name, variables.getValueTyped(name));
      }
    }
    return visible;
  }
}
