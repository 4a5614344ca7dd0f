package cn.cadre.appraisal.routine;

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
import java.time.LocalDateTime;
import java.util.List;

/** A unit in a routine round; submitted when all its cadres' scores are final. */
@Entity
@Table(name = "routine_round_unit")
public class RoutineRoundUnit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "round_id", nullable = false)
  private Long roundId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private Unit unit;

  @Column(name = "round_year", nullable = false)
  private int year;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 2)
  private RoutinePeriod period;

  /** Who besides org-dept scores the unit (its supervising leader, 分管领导): user ids, comma-separated. */
  @Column(length = 1000)
  private String scorers;

  @Column(name = "submitted_by", length = 64)
  private String submittedBy;

  @Column(name = "submitted_at")
  private LocalDateTime submittedAt;

  protected RoutineRoundUnit() {}

  RoutineRoundUnit(RoutineRound round, Unit unit, List<String> scorers) {
    this.scorers = scorers.isEmpty() ? null : String.join(",", scorers);
    this.roundId = round.getId();
    this.unit = unit;
    this.year = round.getYear();
    this.period = round.getPeriod();
  }

  void submit(String actor, LocalDateTime at) {
    this.submittedBy = actor;
    this.submittedAt = at;
  }

  public boolean isSubmitted() { return submittedAt != null; }

  /** The unit's scorers besides org-dept (none when org-dept alone scores it). */
  public List<String> scorerList() {
    return scorers == null ? List.of() : List.of(scorers.split(","));
  }
  public Long getRoundId() { return roundId; }
  public Unit getUnit() { return unit; }
  public int getYear() { return year; }
  public RoutinePeriod getPeriod() { return period; }
  public String getSubmittedBy() { return submittedBy; }
  public LocalDateTime getSubmittedAt() { return submittedAt; }
}
