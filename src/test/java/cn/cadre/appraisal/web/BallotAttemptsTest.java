package cn.cadre.appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BallotAttemptsTest {

  private final AtomicLong now = new AtomicLong();
  private final BallotAttempts attempts = new BallotAttempts(3, Duration.ofMinutes(10), now::get);

  @Test
  void aClientIsBlockedAfterItsAllowanceUntilTheWindowFromItsFirstWrongTokenEnds() {
    attempts.failed("203.0.113.9");
    now.addAndGet(Duration.ofMinutes(2).toNanos());
    attempts.failed("203.0.113.9");
    assertThat(attempts.blockedFor("203.0.113.9")).as("two of three").isEmpty();
    attempts.failed("203.0.113.9");
    assertThat(attempts.blockedFor("203.0.113.9")).contains(Duration.ofMinutes(8));
    assertThat(attempts.blockedFor("198.51.100.7")).as("another client").isEmpty();

    now.addAndGet(Duration.ofMinutes(8).toNanos());
    assertThat(attempts.blockedFor("203.0.113.9")).as("the window has ended").isEmpty();
    attempts.failed("203.0.113.9");
    assertThat(attempts.blockedFor("203.0.113.9")).as("a new window, counted afresh").isEmpty();
  }

  @Test
  void theRetryAfterAndTheMessageRoundUp() {
    TooManyAttemptsException e = new TooManyAttemptsException(Duration.ofSeconds(61).plusMillis(1));
    assertThat(e.retryAfterSeconds()).isEqualTo("62");
    assertThat(e.getMessage()).isEqualTo("选票码输错次数过多，请在 2 分钟后再试");
    assertThat(new TooManyAttemptsException(Duration.ofMillis(10)).getMessage()).contains("1 分钟");
  }
}
