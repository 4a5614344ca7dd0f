package cn.cadre.appraisal.web;

import java.time.Duration;

/** A client that has entered too many wrong ballot tokens, told how long to wait (429). */
class TooManyAttemptsException extends RuntimeException {

  private final Duration wait;

  TooManyAttemptsException(Duration wait) {
    super("选票码输错次数过多，请在 " + minutes(wait) + " 分钟后再试");
    this.wait = wait;
  }

  /** The Retry-After header's value. */
  String retryAfterSeconds() {
    return Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000));
  }

  private static long minutes(Duration wait) {
    return Math.max(1, (wait.toSeconds() + 59) / 60);
  }
}
