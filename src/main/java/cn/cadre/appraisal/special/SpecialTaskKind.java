package cn.cadre.appraisal.special;

/** What kind of major task a special appraisal follows (北京: 重大活动、应急处置、对口支援、改革攻坚). */
public enum SpecialTaskKind {
  EVENT("重大活动"), EMERGENCY("应急处置"), AID("对口支援"), REFORM("改革攻坚"), OTHER("其他重大任务");

  private final String label;

  SpecialTaskKind(String label) {
    this.label = label;
  }

  public String label() { return label; }

  static SpecialTaskKind parse(String value) {
    return Choices.parse(values(), value, SpecialTaskKind::label, "任务类型");
  }
}
