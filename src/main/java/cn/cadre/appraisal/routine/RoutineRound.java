package cn.cadre.appraisal.routine;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** 平时考核轮次: one period's scoring of the chosen units' cadres. */
@Entity
@Table(name = "routine_round")
public class RoutineRound {

  public enum Status { OPEN, DONE }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "round_year", nullable = false)
  private int year;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 2)
  private RoutinePeriod period;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status;

  @Column(name = "opened_by", nullable = false, length = 64)
  private String openedBy;

  @Column(name = "opened_at", nullable = false)
  private LocalDateTime openedAt;

  protected RoutineRound() {}

  RoutineRound(int year, RoutinePeriod period, LocalDate dueDate, String openedBy, LocalDateTime openedAt) {
    this.year = year;
    this.period = period;
    this.dueDate = dueDate;
    this.status = Status.OPEN;
    this.openedBy = openedBy;
    this.openedAt = openedAt;
  }

  void close() {
    this.status = Status.DONE;
  }

  /** Its process's business key, "2026-Q1-ROUTINE/round-7": its tasks and red lights are found by it. */
  public String businessKey() {
    return year + "-" + period + "-ROUTINE/round-" + id;
  }

  /** "2026年第一季度平时考核". */
  public String title() {
    return year + "年" + period.label() + "平时考核";
  }

  public Long getId() { return id; }
  public int getYear() { return year; }
  public RoutinePeriod getPeriod() { return period; }
  public LocalDate getDueDate() { return dueDate; }
  public Status getStatus() { return status; }
  public String getOpenedBy() { return openedBy; }
  public LocalDateTime getOpenedAt() { return openedAt; }
}
