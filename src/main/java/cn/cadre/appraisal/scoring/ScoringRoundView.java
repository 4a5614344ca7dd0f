package cn.cadre.appraisal.scoring;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A scoring round as the API answers it, with each office's state. */
public record ScoringRoundView(Long id, int year, String title, LocalDate dueDate, String status, String statusLabel,
                               String businessKey, int units, List<OfficeState> offices, String openedBy,
                               LocalDateTime openedAt, String concludedBy, LocalDateTime concludedAt) {

  public record OfficeState(String code, String name, boolean submitted, String submittedBy, LocalDateTime submittedAt,
                            String explanation) {}
}
