package cn.cadre.appraisal.spreadsheet;

import cn.cadre.appraisal.shared.InvalidInputException;
import java.util.List;

/**
 * An uploaded sheet with bad rows (or one that could not be read): each error names its row
 * (第N行); the import wrote nothing. Shared by every spreadsheet import (paper ballots, calibration).
 */
public class InvalidSheetException extends InvalidInputException {

  public InvalidSheetException(List<String> errors) {
    super(String.join("\n", errors), errors);
  }

  public List<String> errors() {
    return problems();
  }
}
