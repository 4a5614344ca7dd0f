package cn.cadre.appraisal.grading;

import java.math.BigDecimal;

/** The forced-distribution check of a round: 优秀 may not exceed quota × appraised, rounded down. */
public record QuotaStatus(int appraised, BigDecimal quota, int allowed, int excellent) {

  public int exceededBy() {
    return Math.max(0, excellent - allowed);
  }

  /** The quota as users write it: 20%. */
  public String percent() {
    return quota.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  public boolean isExceeded() {
    return exceededBy() > 0;
  }

  /** One line for the calibration form. */
  public String describe() {
    String base = "本轮被考核干部 " + appraised + " 名，优秀比例上限 " + percent()
        + "，最多 " + allowed + " 名；目前建议优秀 " + excellent + " 名";
    return isExceeded() ? base + "，超出 " + exceededBy() + " 名，请调整后再提交。" : base + "，符合比例要求。";
  }
}
