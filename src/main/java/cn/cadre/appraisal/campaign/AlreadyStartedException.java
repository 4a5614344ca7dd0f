package cn.cadre.appraisal.campaign;

import cn.cadre.appraisal.shared.ConflictException;

/** The appraisal asked for is already running or done; the API answers 409. */
public class AlreadyStartedException extends ConflictException {
  public AlreadyStartedException(String message) {
    super(message);
  }
}
