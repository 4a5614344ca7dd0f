package cn.cadre.appraisal.evaluation;

/** Severity of a negative-list item: 一般 / 较重 / 严重. */
public enum Severity {
  MINOR("一般"), SERIOUS("较重"), GRAVE("严重");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  public String label() { return label; }
}
