package cn.cadre.appraisal.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps whatever a task listener throws, so a form value our services refuse (see
 * FormTaskListener) would reach Tasklist and /engine-rest as a 500. This outermost command
 * interceptor — it runs after the transaction has rolled back — rethrows the BadUserRequestException
 * found inside as a form validation failure, which the REST APIs behind Tasklist and /engine-rest
 * answer with 400 and its message. A completion that loses a race with another user's completion of
 * the same task, or comes after it, is answered the same way, with a message that says so instead of
 * the engine's 500. The engine's own refusals are said in Chinese ({@link DeniedInChinese}).
 */
@Component
class UserInputErrors extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    interceptors.add(new Unwrap());
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  /** Two users completed the same task at the same moment: the other one's completion was saved. */
  static final String DONE_BY_ANOTHER = "该任务刚由他人同时办理完毕，本次提交未保存任何内容；请刷新任务列表查看";
  /** A completion of a task already completed (a stale list) or withdrawn with its round. */
  static final String TASK_GONE = "该任务已不存在：可能已由他人办理完毕或已随考核撤销；本次提交未保存任何内容，请刷新任务列表";

  static final class Unwrap extends CommandInterceptor {

    private static boolean completesTask(Command<?> command) {
      return command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd;
    }

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (AuthorizationException e) {
        throw DeniedInChinese.of(e);
      } catch (OptimisticLockingException e) {
        if (completesTask(command)) {
          throw new FormFieldValidationException(null, DONE_BY_ANOTHER, e);
        }
        throw e;
      } catch (NullValueException | NotFoundException e) {
        if (completesTask(command)) {
          throw new FormFieldValidationException(null, TASK_GONE, e);
        }
        throw e;
      } catch (ProcessEngineException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
          if (cause instanceof BadUserRequestException badInput) {
            throw new FormFieldValidationException(null, badInput.getMessage(), badInput);
          }
        }
        throw e;
      }
    }
  }
}
