package cn.cadre.appraisal.routine;

import java.math.BigDecimal;

/**
 * One cadre's row as the page or the spreadsheet sends it. Blank texts are null; a row with neither
 * score nor key tasks is "not entered yet" and left alone.
 */
public record RoutineEntry(String cadreCode, BigDecimal score, String keyTasks, String comment, boolean earlySigns,
    String weakness) {

  public RoutineEntry {
    cadreCode = cadreCode == null ? "" : cadreCode.strip();
    keyTasks = blankToNull(keyTasks);
    comment = blankToNull(comment);
    weakness = blankToNull(weakness);
  }

  boolean isEmpty() {
    return score == null && keyTasks == null && comment == null && !earlySigns && weakness == null;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
