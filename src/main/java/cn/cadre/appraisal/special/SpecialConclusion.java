package cn.cadre.appraisal.special;

/**
 * The appraisal's conclusion on a cadre (北京做法): commend, promote or reuse, enter a talent pool, not a
 * candidate for promotion now (ranked low), hold accountable, or nothing beyond the statement (鉴定).
 * Each but the last opens its result-application path.
 */
public enum SpecialConclusion {
  COMMEND("表扬嘉奖"),
  PROMOTE("提拔或重用"),
  TALENT_POOL("列入人才库"),
  NOT_NOW("排名靠后，暂不列为拟提拔人选"),
  ACCOUNTABLE("问责"),
  NONE("完成任务，无其他结论");

  private final String label;

  SpecialConclusion(String label) {
    this.label = label;
  }

  public String label() { return label; }

  public static SpecialConclusion parse(String value) {
    return Choices.parse(values(), value, SpecialConclusion::label, "考核结论");
  }
}
