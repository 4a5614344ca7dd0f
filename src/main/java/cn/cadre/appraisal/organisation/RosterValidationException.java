package cn.cadre.appraisal.organisation;

import java.util.List;

/** A roster that cannot be imported, with every error found, each naming its row; nothing was written. */
public class RosterValidationException extends RuntimeException {

  private final List<String> errors;

  public RosterValidationException(List<String> errors) {
    super(String.join("; ", errors));
    this.errors = List.copyOf(errors);
  }

  public List<String> errors() {
    return errors;
  }
}
