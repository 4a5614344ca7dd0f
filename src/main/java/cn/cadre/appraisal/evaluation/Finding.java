package cn.cadre.appraisal.evaluation;

import cn.cadre.appraisal.shared.InvalidInputException;

/** What an office reports for one cadre; "no items" carries no flags. */
public record Finding(boolean hasItems, String items, Severity severity, boolean affectsGrade, boolean vetoItem,
                      boolean underInvestigation) {

  public Finding {
    if (hasItems && (items == null || items.isBlank())) {
      throw new InvalidInputException("有负面清单事项时必须填写事项说明");
    }
    if (!hasItems && (affectsGrade || vetoItem || underInvestigation)) {
      throw new InvalidInputException("选择“无负面清单事项”时不能勾选影响等次、一票否决或正在审查");
    }
  }

  public static Finding none() {
    return new Finding(false, null, null, false, false, false);
  }
}
