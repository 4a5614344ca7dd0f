package cn.cadre.appraisal.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A scheme as the API and the spreadsheet give it. Codes or Chinese names are accepted for category,
 * formula, paper, kind and method; {@code paperWeights} by paper code or name.
 */
public record SchemeRequest(Integer year, String category, String name, String formula, BigDecimal partyBuildingBase,
                            Map<String, BigDecimal> paperWeights, List<IndicatorRequest> indicators) {

  /** One indicator; {@code unit} names the unit of an individual indicator (blank: common to all). */
  public record IndicatorRequest(String code, String name, String paper, String kind, BigDecimal fullPoints,
                                 BigDecimal weight, String office, String method, BigDecimal target, String unit,
                                 Boolean halved, String halvedReason) {}
}
