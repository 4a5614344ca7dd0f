package cn.cadre.appraisal.process.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class ConflictRetryTest {

  @Test
  void aCommandThatLostARaceIsRepeatedUntilItGoesThrough() {
    AtomicInteger calls = new AtomicInteger();
    String result = ConflictRetry.onConflict(() -> {
      if (calls.incrementAndGet() < 3) {
        throw new OptimisticLockingException("job ended the sibling sub-process first");
      }
      return "correlated";
    });
    assertThat(result).isEqualTo("correlated");
    assertThat(calls).hasValue(3);
  }

  @Test
  void aConflictThatPersistsIsPassedOnAfterTheLastAttempt() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> ConflictRetry.onConflict(() -> {
      calls.incrementAndGet();
      throw new OptimisticLockingException("always");
    })).isInstanceOf(OptimisticLockingException.class);
    assertThat(calls).hasValue(ConflictRetry.ATTEMPTS);
  }

  @Test
  void insideAnOuterTransactionTheConflictIsPassedOnAtOnce() {
    AtomicInteger calls = new AtomicInteger();
    TransactionSynchronizationManager.setActualTransactionActive(true);
    try {
      assertThatThrownBy(() -> ConflictRetry.onConflict(() -> {
        calls.incrementAndGet();
        throw new OptimisticLockingException("outer transaction already rollback-only");
      })).isInstanceOf(OptimisticLockingException.class);
    } finally {
      TransactionSynchronizationManager.setActualTransactionActive(false);
    }
    assertThat(calls).hasValue(1);
  }

  @Test
  void otherFailuresAreNotRetried() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> ConflictRetry.onConflict(() -> {
      calls.incrementAndGet();
      throw new IllegalStateException("not a race");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(calls).hasValue(1);
  }
}
