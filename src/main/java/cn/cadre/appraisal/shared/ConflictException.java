package cn.cadre.appraisal.shared;

/**
 * The request is well formed, but what is on record or the stage a round is in does not allow it
 * (a list already returned, a grade already final, a name already taken). The API answers 409.
 */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }

  /** Keeps the engine's or the database's refusal as the cause, for the log. */
  public ConflictException(String message, Throwable cause) {
    super(message, cause);
  }
}
