package cn.cadre.appraisal.scoring;

import cn.cadre.appraisal.shared.TeamGrade;
import java.math.BigDecimal;

/**
 * What a unit's concluded scoring result means for its annual appraisal (Jiangsu's 三个挂钩): the highest
 * grade its team may get, and the share of its cadres who may be 优秀 (unit-grade.dmn).
 */
public record UnitLinkage(UnitResult result, TeamGrade maxTeamGrade, BigDecimal excellentShare) {

  /** "单位综合考核等次为“一般”（综合考核得分 …）". */
  public String describe() {
    return "单位综合考核等次为“" + result.grade().label() + "”（" + result.describe() + "）";
  }
}
