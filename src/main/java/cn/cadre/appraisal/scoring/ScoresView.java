package cn.cadre.appraisal.scoring;

import cn.cadre.appraisal.shared.TeamGrade;
import java.math.BigDecimal;
import java.util.List;

/**
 * A round's scores: per unit (by category, then rank) its indicator values and points, papers, bonus,
 * penalty, veto, total, rank and grade; per indicator the office's spread and whether it is flagged.
 */
public record ScoresView(long roundId, int year, String status, String statusLabel, BigDecimal minSpread,
                         List<UnitRow> units, List<Spread> spreads) {

  public record IndicatorValue(String code, String name, String kind, String paper, BigDecimal value,
                               BigDecimal points) {}

  /** A unit's line; {@code gradeChange} is org-dept's reason when it changed the rules' grade. */
  public record UnitRow(String unit, String unitName, String category, String scheme, BigDecimal developmentScore,
                        BigDecimal partyBuildingScore, BigDecimal satisfactionScore, BigDecimal bonus,
                        BigDecimal penalty, boolean veto, boolean lowered, BigDecimal total, Integer rank,
                        Integer unitsInCategory, String proposedGrade, String gradeReason, String grade,
                        String gradeLabel, String gradeChange, List<IndicatorValue> indicators) {

    static UnitRow of(ScoringRoundUnit ru, List<IndicatorValue> values, String gradeChange) {
      return new UnitRow(ru.getUnit().getCode(), ru.getUnit().getName(), ru.getUnit().getCategory().label(),
          ru.getScheme().getName(), ru.getDevelopmentScore(), ru.getPartyBuildingScore(), ru.getSatisfactionScore(),
          ru.getBonus(), ru.getPenalty(), ru.isVeto(), ru.isLowered(), ru.getTotal(), ru.getRank(),
          ru.getUnitsInCategory(), ru.getProposedGrade(), ru.getGradeReason(), ru.getGrade(),
          ru.getGrade() == null ? null : TeamGrade.valueOf(ru.getGrade()).label(), gradeChange, values);
    }
  }

  public record Spread(String key, String indicator, String category, String office, int units, BigDecimal lowest,
                       BigDecimal highest, BigDecimal spread, String spreadPercent, boolean flagged,
                       boolean halvingConfirmed) {}
}
