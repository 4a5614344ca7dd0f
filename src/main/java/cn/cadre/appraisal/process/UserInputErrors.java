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
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The engine wraps whatever a task listener throws, so a form value our services refuse (see
 * FormTaskListener) would reach Tasklist and /engine-rest as a 500. This outermost command
 * interceptor — it runs after the transaction has rolled back — rethrows the BadUserRequestException
 * found inside as a form validation failure, which the REST APIs behind Tasklist and /engine-rest
 * answer with 400 and its message. The engine's own refusals are said in Chinese ({@link DeniedInChinese}).
 *
 * <p>A completion that collides with a concurrent change of its process instance — the job executor
 * ending a sibling branch (it rewrites the execution tree the task hangs in), or another user completing
 * the same task — is repeated in a fresh transaction, as Camunda advises for optimistic-locking
 * failures: the user's submission then either goes through, meets its validation, or finds the task
 * done by the other user and says so. A deadlock or lock wait the database rolled back is repeated
 * the same way. Only a top-level command outside any Spring transaction is
 * repeated; inside one, the failure has already doomed the transaction.
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
  /** The process instance kept changing under every attempt (a burst of background work on it). */
  static final String STILL_CHANGING = "该任务所在流程正由系统同时处理，本次提交未保存任何内容；请稍后再提交";

  static final int ATTEMPTS = 4;

  static final class Unwrap extends CommandInterceptor {

    private static boolean completesTask(Command<?> command) {
      return command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd;
    }

    /**
     * A concurrent change of the process instance: the engine's optimistic lock, or — when the job
     * executor committed a new execution tree between the reads of a task's execution and its parent —
     * ENGINE-03077 ("Cannot resolve parent … perhaps it was deleted in the meantime"), which the engine
     * raises as a plain ProcessEngineException.
     */
    static boolean concurrentChange(RuntimeException e) {
      return e instanceof OptimisticLockingException
          || e instanceof ProcessEngineException && e.getMessage() != null && e.getMessage().startsWith("ENGINE-03077")
          || lockConflict(e);
    }

    /**
     * The database chose this transaction as a deadlock's victim, or it waited too long for a row
     * another transaction held (MySQL/MariaDB 1213, 1205; SQLState class 40): the database has rolled
     * the work back and, in its own words, "try restarting transaction". Seen twice on MariaDB in a
     * 2,400-cadre round, a completion inserting its next task (the other transaction not identified).
     */
    static boolean lockConflict(Throwable e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof java.sql.SQLTransactionRollbackException) {
          return true;
        }
        if (cause instanceof java.sql.SQLException sql && (sql.getErrorCode() == MYSQL_DEADLOCK
            || sql.getErrorCode() == MYSQL_LOCK_WAIT_TIMEOUT || sql.getSQLState() != null && sql.getSQLState().startsWith("40"))) {
          return true;
        }
      }
      return false;
    }

    private static final int MYSQL_DEADLOCK = 1213;
    private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;

    @Override
    public <T> T execute(Command<T> command) {
      boolean repeatable = completesTask(command) && Context.getCommandContext() == null
          && !TransactionSynchronizationManager.isActualTransactionActive();
      boolean conflicted = false;
      for (int attempt = 1; ; attempt++) {
        try {
          return next.execute(command);
        } catch (RuntimeException e) {
          if (repeatable && attempt < ATTEMPTS && (concurrentChange(e) || conflicted && halfChanged(e))) {
            conflicted = true;
            pause(attempt);
            continue;
          }
          throw refusal(command, e, conflicted);
        }
      }
    }

    /**
     * An engine error right after a conflict: the repeated command can read the other transaction's
     * changes half-way (read committed: the task before, its execution after the other's commit), and
     * fail in an expression or a listener before its own write would have been refused. Repeated once
     * more it reads the settled state. A refusal of the user's input is never repeated.
     */
    private static boolean halfChanged(RuntimeException e) {
      if (!(e instanceof ProcessEngineException) || e instanceof AuthorizationException
          || e instanceof NullValueException || e instanceof NotFoundException) {
        return false;
      }
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof BadUserRequestException) {
          return false;
        }
      }
      return true;
    }

    private static RuntimeException refusal(Command<?> command, RuntimeException e, boolean afterConflict) {
      if (e instanceof AuthorizationException denied) {
        return DeniedInChinese.of(denied);
      }
      if (concurrentChange(e)) {
        return completesTask(command) ? new FormFieldValidationException(null, STILL_CHANGING, e) : e;
      }
      if (e instanceof NullValueException || e instanceof NotFoundException) {
        return completesTask(command)
            ? new FormFieldValidationException(null, afterConflict ? DONE_BY_ANOTHER : TASK_GONE, e) : e;
      }
      if (e instanceof ProcessEngineException) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
          if (cause instanceof BadUserRequestException badInput) {
            return new FormFieldValidationException(null, badInput.getMessage(), badInput);
          }
        }
      }
      return e;
    }

    private static void pause(int attempt) {
      try {
        Thread.sleep(50L * attempt);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while repeating a task completion", e);
      }
    }
  }
}
