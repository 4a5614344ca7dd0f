package cn.cadre.appraisal.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * 综合考核评分轮次: one year's scoring of the units by indicators, before the annual round grades
 * their teams. Offices score, the organisation department reviews, the unit grades become final.
 */
@Entity
@Table(name = "scoring_round")
public class ScoringRound {

  public enum Status {
    SCORING("各责任单位评分"), REVIEW("组织部审核"), CONCLUDED("已确定");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() { return label; }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "round_year", nullable = false)
  private int year;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status;

  @Column(name = "opened_by", nullable = false, length = 64)
  private String openedBy;

  @Column(name = "opened_at", nullable = false)
  private LocalDateTime openedAt;

  @Column(name = "concluded_by", length = 64)
  private String concludedBy;

  @Column(name = "concluded_at")
  private LocalDateTime concludedAt;

  @Version
  private int version;

  protected ScoringRound() {}

  ScoringRound(int year, LocalDate dueDate, String openedBy, LocalDateTime openedAt) {
    this.year = year;
    this.dueDate = dueDate;
    this.status = Status.SCORING;
    this.openedBy = openedBy;
    this.openedAt = openedAt;
  }

  void review() {
    this.status = Status.REVIEW;
  }

  void conclude(String actor, LocalDateTime at) {
    this.status = Status.CONCLUDED;
    this.concludedBy = actor;
    this.concludedAt = at;
  }

  /** Its process's business key, "2026-SCORING/round-3": its tasks and red lights are found by it. */
  public String businessKey() {
    return year + "-SCORING/round-" + id;
  }

  public String title() {
    return year + "年度综合考核评分";
  }

  public Long getId() { return id; }
  public int getYear() { return year; }
  public LocalDate getDueDate() { return dueDate; }
  public Status getStatus() { return status; }
  public String getOpenedBy() { return openedBy; }
  public LocalDateTime getOpenedAt() { return openedAt; }
  public String getConcludedBy() { return concludedBy; }
  public LocalDateTime getConcludedAt() { return concludedAt; }
}
