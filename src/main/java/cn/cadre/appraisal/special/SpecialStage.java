package cn.cadre.appraisal.special;

/** The stages of a special appraisal the team records (北京做法), checkpoints first when it runs along the task. */
public enum SpecialStage {
  CHECKPOINT("阶段考核"), REPORT("听取汇报"), INTERVIEWS("个别访谈"), SITE_VISIT("实地查看"), DISCUSSION("集体座谈");

  private final String label;

  SpecialStage(String label) {
    this.label = label;
  }

  public String label() { return label; }

  public static SpecialStage parse(String value) {
    return Choices.parse(values(), value, SpecialStage::label, "考核环节");
  }
}
