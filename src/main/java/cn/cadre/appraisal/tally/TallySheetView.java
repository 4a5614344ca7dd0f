package cn.cadre.appraisal.tally;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** A unit's tally sheet as the page and the API show it: every cadre's row and the team's, entered or not. */
public record TallySheetView(long campaignId, String unitCode, String unitName, Integer ballots, boolean submitted,
                             String submittedBy, LocalDateTime submittedAt, boolean complete, List<Row> rows) {

  /** A row: code (a cadre's, or TEAM), who it is, and the votes entered (null until entered). */
  public record Row(String code, String name, String position, Integer first, Integer second, Integer third,
                    Integer fourth, BigDecimal politicalScore) {}
}
