package cn.cadre.appraisal.application;

/** Which kind of appraisal a finding comes from; result-application.dmn reads it as {@code source}. */
public enum ResultSource {
  ANNUAL("年度考核"),
  ROUTINE("平时考核"),
  FIELD_STAY("蹲点调研"),
  SPECIAL("专项考核"),
  TERM("任期考核");

  private final String label;

  ResultSource(String label) {
    this.label = label;
  }

  public String label() { return label; }
}
