package cn.cadre.appraisal.grading;

import java.math.BigDecimal;
import java.util.List;

/**
 * The forced-distribution check of a round: 优秀 may not exceed quota × appraised, rounded down. When
 * the round's year has unit scoring results, each unit has its own share by its grade (unit-grade.dmn,
 * ExcellentQuota) and the check holds unit by unit ({@code units}); otherwise one quota for the round.
 */
public record QuotaStatus(int appraised, BigDecimal quota, int allowed, int excellent, List<UnitQuota> units) {

  public QuotaStatus(int appraised, BigDecimal quota, int allowed, int excellent) {
    this(appraised, quota, allowed, excellent, List.of());
  }

  /** One unit's quota: its grade (null: no scoring result, the round's quota), share, cadres, 优秀 allowed and proposed. */
  public record UnitQuota(String unitCode, String unitName, String unitGrade, BigDecimal share, int appraised,
                          int allowed, int excellent) {

    public int exceededBy() {
      return Math.max(0, excellent - allowed);
    }

    String describe() {
      return unitName + "（" + (unitGrade == null ? "本轮统一比例" : "单位等次" + unitGrade) + "，上限 " + percent(share)
          + "）最多 " + allowed + " 名、建议 " + excellent + " 名";
    }
  }

  /** Whether the quota holds unit by unit. */
  public boolean byUnit() {
    return !units.isEmpty();
  }

  public int exceededBy() {
    return byUnit() ? units.stream().mapToInt(UnitQuota::exceededBy).sum() : Math.max(0, excellent - allowed);
  }

  /** The quota as users write it: 20%. */
  public String percent() {
    return percent(quota);
  }

  static String percent(BigDecimal share) {
    return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  public boolean isExceeded() {
    return exceededBy() > 0;
  }

  /** One line for the calibration form. */
  public String describe() {
    if (byUnit()) {
      String base = "按单位综合考核等次分别核定优秀名额：本轮被考核干部 " + appraised + " 名，最多 " + allowed + " 名；目前建议优秀 "
          + excellent + " 名";
      List<String> over = units.stream().filter(u -> u.exceededBy() > 0).map(UnitQuota::describe).toList();
      return over.isEmpty() ? base + "，各单位均符合比例要求。"
          : base + "，其中" + String.join("；", over) + "，请调整后再提交。";
    }
    String base = "本轮被考核干部 " + appraised + " 名，优秀比例上限 " + percent()
        + "，最多 " + allowed + " 名；目前建议优秀 " + excellent + " 名";
    return isExceeded() ? base + "，超出 " + exceededBy() + " 名，请调整后再提交。" : base + "，符合比例要求。";
  }
}
