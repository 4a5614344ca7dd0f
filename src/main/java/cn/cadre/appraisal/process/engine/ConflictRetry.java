package cn.cadre.appraisal.process.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Retries an engine command that lost a race with the job executor on the same process instance
 * (a message correlated while a job ends a sibling sub-process: both touch the scope execution, and
 * the engine refuses the later one). The command is repeated in a fresh transaction, which is only
 * possible when no outer transaction is open: inside one the first failure has already marked it
 * for rollback, so the conflict is passed on at once (the caller answers 409).
 */
public final class ConflictRetry {

  static final int ATTEMPTS = 4;

  private ConflictRetry() {}

  public static <T> T onConflict(Supplier<T> command) {
    for (int attempt = 1; ; attempt++) {
      try {
        return command.get();
      } catch (OptimisticLockingException e) {
        if (attempt >= ATTEMPTS || TransactionSynchronizationManager.isActualTransactionActive()) {
          throw e;
        }
        pause(attempt);
      }
    }
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(50L * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while retrying an engine command", e);
    }
  }
}
