package cn.cadre.appraisal.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * 花名册: a roster as read from JSON, CSV or Excel, before any check. Every value is still text, so
 * that a bad value becomes an error naming its row instead of a parse failure of the whole file.
 *
 * @param problems what the reader already found wrong (unknown columns or fields), reported with the rest
 */
public record Roster(Map<Sheet, List<Row>> rows, List<Problem> problems) {

  public List<Row> rows(Sheet sheet) {
    return rows.getOrDefault(sheet, List.of());
  }

  public boolean isEmpty() {
    return rows.values().stream().allMatch(List::isEmpty);
  }

  /** The three kinds of row, with the field names shared by JSON keys, CSV and Excel headers. */
  public enum Sheet {
    UNITS("units", "单位", "code", "name", "category", "parentCode"),
    CADRES("cadres", "干部", "code", "name", "position", "role", "unitCode", "userId", "birthDate", "email", "initialPassword"),
    STAFF("staff", "工作人员", "userId", "name", "homeUnitCode", "groups", "officeHead", "email", "initialPassword");

    private final String key;
    private final String chineseName;
    private final List<String> fields;

    Sheet(String key, String chineseName, String... fields) {
      this.key = key;
      this.chineseName = chineseName;
      this.fields = List.of(fields);
    }

    /** JSON key, CSV part name and Excel sheet name. */
    public String key() { return key; }

    public List<String> fields() { return fields; }

    /** The Excel sheet's Chinese name (单位, 干部, 工作人员). */
    public String chineseName() { return chineseName; }

    /** The sheet an Excel tab or CSV part stands for: its key (any case) or its Chinese name. */
    public static Optional<Sheet> named(String name) {
      String trimmed = name.trim();
      return Arrays.stream(values())
          .filter(s -> s.key.equals(trimmed.toLowerCase(Locale.ROOT)) || s.chineseName.equals(trimmed))
          .findFirst();
    }
  }

  /**
   * One row where the user sees it: the sheet under the name they gave it, and its number (JSON: the
   * 1-based index in the array; CSV and Excel: the spreadsheet row, the header being row 1).
   */
  public record Row(Sheet sheet, String label, int number, Map<String, String> fields) {

    /** The trimmed value, or null when absent or blank. */
    public String get(String field) {
      String value = fields.get(field);
      return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
      return label + " 第" + number + "行";
    }
  }

  /** Something wrong with a row (or, with row null, with the file as a whole). */
  public record Problem(Row row, String message) {
    @Override
    public String toString() {
      return row == null ? message : row + ": " + message;
    }
  }
}
