package cn.cadre.appraisal.process.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractGetFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmdTyped;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * Which process variables a signed-in user may write and read, enforced inside the engine so that
 * /engine-rest, Tasklist's and Cockpit's APIs and any later client meet the same rule:
 *
 * <ul>
 *   <li>completing or submitting a task (and resolving it) writes only the editable fields of the
 *       task's form, each with its field's type; read-only fields are dropped; anything else is
 *       refused with 400 and nothing changes;
 *   <li>every other command that carries variables (the variable endpoints of tasks, executions and
 *       process instances, starting a process, correlating a message, modifying an instance, BPMN
 *       errors from a task...) is refused with 403: variables change through forms and the
 *       application's API only;
 *   <li>reading a task's variables or form variables, or taking them back from a completion,
 *       returns only what the task's form shows ({@link TaskVariablePolicy#readable()});
 *   <li>querying tasks by variables is left to those who may read every variable ({@link TaskQueries});
 *   <li>a task is claimed and given back by its own user, never handed to another ({@link TaskHandOver}).
 * </ul>
 *
 * Only the outermost command of a signed-in user is checked: the application's delegates, listeners
 * and job executor (no user, or nested commands) and the adapters' own calls ({@link ApplicationCalls})
 * set the routing facts.
 */
@Component
public class ProcessVariableGuard extends AbstractProcessEnginePlugin {

  private final TaskVariablePolicyCache policies = new TaskVariablePolicyCache();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
    }
    interceptors.add(new Guard(policies));
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  /** Runs inside the command context, before the command: refusing here changes nothing. */
  static final class Guard extends CommandInterceptor {

    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);
    private final TaskVariablePolicyCache policies;

    Guard(TaskVariablePolicyCache policies) {
      this.policies = policies;
    }

    @Override
    public <T> T execute(Command<T> command) {
      int depth = DEPTH.get();
      DEPTH.set(depth + 1);
      try {
        CommandContext context = Context.getCommandContext();
        Authentication user = context == null ? null : context.getAuthentication();
        if (depth > 0 || ApplicationCalls.active() || user == null || user.getUserId() == null) {
          return next.execute(command);
        }
        return guarded(command, context, user);
      } finally {
        DEPTH.set(depth);
      }
    }

    @SuppressWarnings("unchecked")
    private <T> T guarded(Command<T> command, CommandContext context, Authentication user) {
      TaskHandOver.check(command, user);
      if (TaskQueries.asksAboutVariables(command) && !TaskQueries.mayQueryVariables(user)) {
        throw new AuthorizationException("按流程变量查询或排序任务只对组织部开放：任务的流程变量只能在任务表单中查看");
      }
      if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
        TaskVariableAccess access = access(context, Fields.read(command, "taskId"));
        String field = command instanceof CompleteTaskCmd ? "variables" : "properties";
        java.util.Map<String, Object> checked;
        try {
          checked = access.checkSubmission(Fields.read(command, field));
        } catch (RuntimeException refused) {
          // the caller's right to the task first: what the submission is refused for names the task
          access.requireWork(context);
          throw refused;
        }
        Fields.write(command, field, checked);
        T result;
        try {
          // the engine checks the caller's right to the task before it writes anything (checked once, there)
          result = next.execute(command);
        } catch (AuthorizationException refused) {
          throw access.notTheirs(refused);
        }
        return result instanceof VariableMap returned ? (T) access.filter(returned) : result;
      }
      if (command instanceof DeleteTaskCmd) {
        refuseDeletingProcessTasks(context, command);
      }
      if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
        // no model catches an error or escalation thrown by a task's user: it would end the branch unseen
        throw new AuthorizationException("任务只能通过表单办理，不能抛出 BPMN 错误或升级事件");
      }
      if (command instanceof GetTaskVariablesCmd || command instanceof GetTaskFormVariablesCmd) {
        String taskId = command instanceof GetTaskFormVariablesCmd form ? ((AbstractGetFormVariablesCmd) form).resourceId
            : Fields.read(command, "taskId");
        TaskVariableAccess access = access(context, taskId);
        T result = next.execute(command);
        return result instanceof VariableMap variables ? (T) access.filter(variables) : result;
      }
      if (command instanceof GetTaskVariableCmd || command instanceof GetTaskVariableCmdTyped) {
        TaskVariableAccess access = access(context, Fields.read(command, "taskId"));
        String name = Fields.read(command, "variableName");
        return access.mayRead(name) ? next.execute(command) : null;
      }
      if (!(command instanceof AbstractQuery<?, ?>) && !command.getClass().getSimpleName().startsWith("Get")) {
        Optional<String> variable = VariablePayloads.firstVariable(command);
        if (variable.isPresent()) {
          throw new AuthorizationException("流程变量只能通过任务表单和本系统的接口修改，不能直接写入变量 "
              + variable.get() + "（" + command.getClass().getSimpleName() + "）");
        }
      }
      return next.execute(command);
    }

    /** A task of a process ends with its process (or its round's withdrawal), never by deletion. */
    private static void refuseDeletingProcessTasks(CommandContext context, Command<?> command) {
      List<String> ids = new ArrayList<>();
      String one = Fields.read(command, "taskId");
      if (one != null) {
        ids.add(one);
      }
      java.util.Collection<String> many = Fields.read(command, "taskIds");
      if (many != null) {
        ids.addAll(many);
      }
      for (String id : ids) {
        TaskEntity task = context.getTaskManager().findTaskById(id);
        if (task != null && task.getProcessInstanceId() != null) {
          throw new AuthorizationException("流程中的任务不能删除：任务随流程办理完毕，或随考核撤销而结束");
        }
      }
    }

    private TaskVariableAccess access(CommandContext context, String taskId) {
      TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
      return new TaskVariableAccess(task, task == null ? null : policies.policy(context, task));
    }
  }
}
