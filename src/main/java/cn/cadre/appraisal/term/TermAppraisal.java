package cn.cadre.appraisal.term;

import cn.cadre.appraisal.organisation.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * 任期考核 of a unit's leadership team over its term (default five years, a plan period): the targets
 * set when the term began ({@link TermTarget}), the annual grades of its years, and at its end a
 * review in stages that gives the term a grade in four grades, decided by the party committee.
 */
@Entity
@Table(name = "term_appraisal")
public class TermAppraisal {

  public enum Status { RUNNING, REVIEWING, CONCLUDED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private Unit unit;

  @Column(name = "start_year", nullable = false)
  private int startYear;

  @Column(name = "end_year", nullable = false)
  private int endYear;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status;

  @Column(name = "review_due", nullable = true)
  private LocalDate reviewDue;

  @Column(name = "proposed_grade", length = 30)
  private String proposedGrade;

  @Column(name = "proposal_reason", length = 500)
  private String proposalReason;

  @Column(name = "final_grade", length = 30)
  private String finalGrade;

  @Column(name = "decision_reason", length = 2000)
  private String decisionReason;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "opened_by", nullable = false, length = 64)
  private String openedBy;

  @Column(name = "opened_at", nullable = false)
  private LocalDateTime openedAt;

  protected TermAppraisal() {}

  TermAppraisal(Unit unit, int startYear, int endYear, String openedBy, LocalDateTime openedAt) {
    this.unit = unit;
    this.startYear = startYear;
    this.endYear = endYear;
    this.status = Status.RUNNING;
    this.openedBy = openedBy;
    this.openedAt = openedAt;
  }

  void startReview(LocalDate due) {
    this.status = Status.REVIEWING;
    this.reviewDue = due;
  }

  void propose(String grade, String reason) {
    this.proposedGrade = grade;
    this.proposalReason = reason;
  }

  void decide(String grade, String reason, String actor) {
    this.finalGrade = grade;
    this.decisionReason = reason;
    this.decidedBy = actor;
  }

  void conclude() {
    this.status = Status.CONCLUDED;
  }

  /** Its review's business key, "2026-TERM/term-4": its tasks and red lights are found by it. */
  public String businessKey() {
    return endYear + "-TERM/term-" + id;
  }

  /** "示范县教育局领导班子2022—2026年任期考核". */
  public String basis() {
    return unit.getName() + "领导班子" + startYear + "—" + endYear + "年任期考核";
  }

  public int years() {
    return endYear - startYear + 1;
  }

  public Long getId() { return id; }
  public Unit getUnit() { return unit; }
  public int getStartYear() { return startYear; }
  public int getEndYear() { return endYear; }
  public Status getStatus() { return status; }
  public LocalDate getReviewDue() { return reviewDue; }
  public String getProposedGrade() { return proposedGrade; }
  public String getProposalReason() { return proposalReason; }
  public String getFinalGrade() { return finalGrade; }
  public String getDecisionReason() { return decisionReason; }
  public String getDecidedBy() { return decidedBy; }
  public String getOpenedBy() { return openedBy; }
  public LocalDateTime getOpenedAt() { return openedAt; }
}
