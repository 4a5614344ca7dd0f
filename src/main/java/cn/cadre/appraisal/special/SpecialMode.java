package cn.cadre.appraisal.special;

/** Along the task from the day its working group forms, with checkpoints (全程考核), or once at its end (集中考核). */
public enum SpecialMode {
  THROUGHOUT("全程考核"), AT_END("集中考核");

  private final String label;

  SpecialMode(String label) {
    this.label = label;
  }

  public String label() { return label; }

  static SpecialMode parse(String value) {
    return Choices.parse(values(), value, SpecialMode::label, "考核方式");
  }
}
