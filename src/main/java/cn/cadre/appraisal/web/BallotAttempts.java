package cn.cadre.appraisal.web;

import cn.cadre.appraisal.settings.AppraisalSettings;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Wrong ballot tokens per client address, to stop guessing: a client that has entered more than the
 * allowed number within the window is refused every ballot request until the window, counted from
 * its first wrong token, ends. The count is kept in memory, per node, and bounded in size, so that
 * a flood of addresses cannot exhaust it; nothing of it is stored or logged. A token has 60 bits
 * (12 characters of a 32-letter alphabet), so even unthrottled guessing would not find one.
 */
@Component
class BallotAttempts {

  /** Clients tracked at once; beyond this the least recently seen are forgotten. */
  static final long MAX_CLIENTS = 100_000;

  private final int maxFailures;
  private final Duration window;
  private final Ticker ticker;
  private final Cache<String, Failures> failures;

  @Autowired
  BallotAttempts(AppraisalSettings settings) {
    this(settings.ballots().maxFailedTokens(), settings.ballots().failedTokenWindow(), Ticker.systemTicker());
  }

  BallotAttempts(int maxFailures, Duration window, Ticker ticker) {
    this.maxFailures = maxFailures;
    this.window = window;
    this.ticker = ticker;
    // expiry counts from the first wrong token: later ones change the count, not the entry
    this.failures = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(MAX_CLIENTS).ticker(ticker).build();
  }

  /** How long the client must still wait, if it has used up its wrong tokens. */
  Optional<Duration> blockedFor(String client) {
    Failures f = failures.getIfPresent(client);
    if (f == null || f.count.get() < maxFailures) {
      return Optional.empty();
    }
    Duration left = window.minusNanos(ticker.read() - f.firstNanos);
    return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
  }

  void failed(String client) {
    failures.get(client, c -> new Failures(ticker.read())).count.incrementAndGet();
  }

  private static final class Failures {
    final long firstNanos;
    final AtomicInteger count = new AtomicInteger();

    Failures(long firstNanos) {
      this.firstNanos = firstNanos;
    }
  }
}
