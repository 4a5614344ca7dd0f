package cn.cadre.appraisal.campaign;

/** The appraisal asked for is already running or done; the API answers 409. */
public class AlreadyStartedException extends RuntimeException {
  public AlreadyStartedException(String message) {
    super(message);
  }
}
