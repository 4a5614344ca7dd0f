package cn.cadre.appraisal.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.junit.jupiter.api.Test;

/** What a task completion that collides with a concurrent change of its process instance answers. */
class UserInputErrorsTest {

  /** The engine's message when the job executor replaced the task's parent execution between two reads. */
  private static final String STALE_TREE = "ENGINE-03077 Cannot resolve parent with id 'p' of execution 'e', "
      + "perhaps it was deleted in the meantime";

  private final AtomicInteger calls = new AtomicInteger();

  private UserInputErrors.Unwrap chain(Deque<Supplier<Object>> outcomes) {
    UserInputErrors.Unwrap unwrap = new UserInputErrors.Unwrap();
    unwrap.setNext(new CommandExecutor() {
      @Override
      @SuppressWarnings("unchecked")
      public <T> T execute(Command<T> command) {
        calls.incrementAndGet();
        return (T) outcomes.removeFirst().get();
      }
    });
    return unwrap;
  }

  private static Deque<Supplier<Object>> outcomes(Supplier<Object>... each) {
    return new ArrayDeque<>(java.util.List.of(each));
  }

  private static CompleteTaskCmd completion() {
    return new CompleteTaskCmd("task-1", Map.of());
  }

  @Test
  void completionThatMeetsAJobsNewExecutionTree_isRepeatedAndGoesThrough() {
    var unwrap = chain(outcomes(() -> {
      throw new ProcessEngineException(STALE_TREE);
    }, () -> {
      throw new OptimisticLockingException("ExecutionEntity was updated by another transaction concurrently");
    }, () -> null));

    unwrap.execute(completion());

    assertThat(calls).hasValue(3);
  }

  @Test
  void completionChosenAsADeadlocksVictim_isRepeatedAndGoesThrough() {
    // as MariaDB answered a completion inserting its next task while the job executor wrote the same tables
    var unwrap = chain(outcomes(() -> {
      throw persistenceFailure(new java.sql.SQLTransactionRollbackException(
          "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
    }, () -> {
      throw persistenceFailure(new java.sql.SQLException("Lock wait timeout exceeded; try restarting transaction",
          "HY000", 1205));
    }, () -> null));

    unwrap.execute(completion());

    assertThat(calls).hasValue(3);
  }

  @Test
  void aPersistenceFailureThatIsNoLockConflict_isNotRepeated() {
    var unwrap = chain(outcomes(() -> {
      throw persistenceFailure(new java.sql.SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062));
    }));

    assertThatThrownBy(() -> unwrap.execute(completion())).isInstanceOf(ProcessEngineException.class);
    assertThat(calls).hasValue(1);
  }

  /** The engine's wrapping of a failed flush, as logged: persistence exception, ENGINE-03004, the driver's batch. */
  private static ProcessEngineException persistenceFailure(java.sql.SQLException cause) {
    var batch = new java.sql.BatchUpdateException(cause.getMessage(), cause.getSQLState(), cause.getErrorCode(), new int[0], cause);
    return new org.camunda.bpm.engine.ProcessEnginePersistenceException("An exception occurred in the persistence layer.",
        new ProcessEngineException("ENGINE-03004 Exception while executing Database Operation 'INSERT TaskEntity[t]'", batch));
  }

  @Test
  void repeatedCompletion_stillAnswersTheFormsValidation() {
    var unwrap = chain(outcomes(() -> {
      throw new ProcessEngineException(STALE_TREE);
    }, () -> {
      throw new ProcessEngineException("listener failed", new BadUserRequestException("整改期限必须晚于今天: 2020-01-01"));
    }));

    assertThatThrownBy(() -> unwrap.execute(completion())).isInstanceOf(FormFieldValidationException.class)
        .hasMessage("整改期限必须晚于今天: 2020-01-01");
    assertThat(calls).hasValue(2);
  }

  @Test
  void completionThatLostToAnotherUsersCompletion_saysSoAfterLookingAgain() {
    var unwrap = chain(outcomes(() -> {
      throw new OptimisticLockingException("TaskEntity was updated by another transaction concurrently");
    }, () -> {
      throw new NullValueException("Cannot find task with id task-1: task is null");
    }));

    assertThatThrownBy(() -> unwrap.execute(completion())).isInstanceOf(FormFieldValidationException.class)
        .hasMessage(UserInputErrors.DONE_BY_ANOTHER);
  }

  /** Read committed: the retry read the task before the winner's commit and its execution after it. */
  @Test
  void afterAConflict_anEngineErrorOfTheHalfChangedState_isRepeatedToo() {
    var unwrap = chain(outcomes(() -> {
      throw new OptimisticLockingException("TaskEntity was updated by another transaction concurrently");
    }, () -> {
      throw new ProcessEngineException("Unknown property used in expression: ${approvalDecision == 'sendBack'}");
    }, () -> {
      throw new NullValueException("Cannot find task with id task-1: task is null");
    }));

    assertThatThrownBy(() -> unwrap.execute(completion())).hasMessage(UserInputErrors.DONE_BY_ANOTHER);
    assertThat(calls).hasValue(3);
  }

  @Test
  void withoutAConflict_anEngineErrorIsNotRepeated() {
    var unwrap = chain(outcomes(() -> {
      throw new ProcessEngineException("Unknown property used in expression: ${approvalDecision == 'sendBack'}");
    }));

    assertThatThrownBy(() -> unwrap.execute(completion())).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Unknown property");
    assertThat(calls).hasValue(1);
  }

  @Test
  void staleListsCompletion_isToldTheTaskIsGone() {
    var unwrap = chain(outcomes(() -> {
      throw new NullValueException("Cannot find task with id task-1: task is null");
    }));

    assertThatThrownBy(() -> unwrap.execute(completion())).hasMessage(UserInputErrors.TASK_GONE);
    assertThat(calls).hasValue(1);
  }

  @Test
  void completionThatKeepsColliding_givesUpAfterItsAttemptsWithAChineseMessage() {
    Deque<Supplier<Object>> always = new ArrayDeque<>();
    for (int i = 0; i < UserInputErrors.ATTEMPTS; i++) {
      always.add(() -> {
        throw new OptimisticLockingException("ExecutionEntity was updated by another transaction concurrently");
      });
    }
    var unwrap = chain(always);

    assertThatThrownBy(() -> unwrap.execute(completion())).isInstanceOf(FormFieldValidationException.class)
        .hasMessage(UserInputErrors.STILL_CHANGING);
    assertThat(calls).hasValue(UserInputErrors.ATTEMPTS);
  }

  @Test
  void otherCommands_areNotRepeated() {
    var unwrap = chain(outcomes(() -> {
      throw new OptimisticLockingException("concurrent");
    }));

    assertThatThrownBy(() -> unwrap.execute(new GetTaskVariableCmd("task-1", "x", false)))
        .isInstanceOf(OptimisticLockingException.class);
    assertThat(calls).hasValue(1);
  }
}
