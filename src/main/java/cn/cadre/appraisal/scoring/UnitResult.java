package cn.cadre.appraisal.scoring;

import cn.cadre.appraisal.shared.TeamGrade;
import java.math.BigDecimal;

/** A unit's concluded result in a year's scoring round: what the annual round links to. */
public record UnitResult(String unitCode, String category, BigDecimal total, int rank, int unitsInCategory,
                         TeamGrade grade) {

  static UnitResult of(ScoringRoundUnit ru) {
    return new UnitResult(ru.getUnit().getCode(), ru.getUnit().getCategory().label(), ru.getTotal(), ru.getRank(),
        ru.getUnitsInCategory(), TeamGrade.valueOf(ru.getGrade()));
  }

  /** "综合得分 87.12 分，在 3 个市中排名第 1，等次为好". */
  public String describe() {
    return "综合考核得分 " + total.stripTrailingZeros().toPlainString() + " 分，在 " + unitsInCategory + " 个" + category
        + "中排名第 " + rank + "，等次为" + grade.label();
  }
}
