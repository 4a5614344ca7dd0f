package cn.cadre.appraisal.scoring;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** An office's table in a round: every unit × indicator it scores, with what it entered so far. */
public record OfficeSheet(long roundId, int year, java.time.LocalDate dueDate, String officeCode, String officeName, boolean submitted,
                          String submittedBy, LocalDateTime submittedAt, String explanation, int rowsTotal,
                          int rowsEntered, List<Row> rows) {

  public record Row(String unit, String unitName, String category, String categoryLabel, String indicator,
                    String indicatorName, String kind, String kindLabel, BigDecimal fullPoints, String method,
                    BigDecimal target, BigDecimal value) {}
}
