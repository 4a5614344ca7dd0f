package cn.cadre.appraisal.routine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** One unit's scoring sheet: every cadre, scored or not, and whether the unit is submitted. */
public record RoutineSheetView(Long roundId, String title, String unitCode, String unitName, LocalDate dueDate,
    boolean submitted, String submittedBy, LocalDateTime submittedAt, boolean complete, List<Row> rows) {

  public record Row(String code, String name, String position, BigDecimal score, String keyTasks, String comment,
      boolean earlySigns, String weakness, String enteredBy, LocalDateTime enteredAt) {}
}
