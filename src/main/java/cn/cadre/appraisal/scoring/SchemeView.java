package cn.cadre.appraisal.scoring;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A scheme as the API answers it: codes with their Chinese names beside them. */
public record SchemeView(Long id, int year, String category, String categoryLabel, String name, String formula,
                         String formulaLabel, BigDecimal partyBuildingBase, Map<String, BigDecimal> paperWeights,
                         boolean frozen, Long usedByRoundId, String updatedBy, LocalDateTime updatedAt,
                         List<IndicatorView> indicators) {

  public record IndicatorView(String code, String name, String paper, String paperLabel, String kind,
                              String kindLabel, BigDecimal fullPoints, BigDecimal weight, BigDecimal effectiveWeight,
                              String office, String officeName, String method, String methodLabel, BigDecimal target,
                              String unit, boolean halved, String halvedReason) {}

  static SchemeView of(IndicatorScheme s, Map<String, String> officeNames) {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    s.paperWeights().forEach((paper, weight) -> weights.put(paper.name(), weight));
    return new SchemeView(s.getId(), s.getYear(), s.getCategory().name(), s.getCategory().label(), s.getName(),
        s.getFormula().name(), s.getFormula().label(), s.getPartyBuildingBase(), weights, s.isFrozen(),
        s.getUsedByRoundId(), s.getUpdatedBy(), s.getUpdatedAt(), s.getIndicators().stream().map(i ->
            new IndicatorView(i.getCode(), i.getName(), i.getPaper() == null ? null : i.getPaper().name(),
                i.getPaper() == null ? null : i.getPaper().label(), i.getKind().name(), i.getKind().label(),
                i.getFullPoints(), i.getWeight(), i.effectiveWeight(), i.getOfficeCode(),
                officeNames.getOrDefault(i.getOfficeCode(), i.getOfficeCode()), i.getMethod().name(),
                i.getMethod().label(), i.getTarget(), i.getUnitCode(), i.isHalved(), i.getHalvedReason())).toList());
  }
}
