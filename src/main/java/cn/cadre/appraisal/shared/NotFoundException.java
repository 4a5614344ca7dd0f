package cn.cadre.appraisal.shared;

/** Something named in a request does not exist; the API answers 404. */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String message) {
    super(message);
  }
}
