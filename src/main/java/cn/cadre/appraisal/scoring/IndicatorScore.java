package cn.cadre.appraisal.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * What an office entered for one unit on one indicator: points, an actual value (target indicators),
 * or 1/0 for a veto or grade-lowering item. Every change is a ScoreAudit row.
 */
@Entity
@Table(name = "indicator_score")
public class IndicatorScore {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "round_id", nullable = false)
  private Long roundId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "round_unit_id")
  private ScoringRoundUnit roundUnit;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "indicator_id")
  private Indicator indicator;

  @Column(name = "entered_value", nullable = false, precision = 14, scale = 4)
  private BigDecimal value;

  @Column(name = "entered_by", nullable = false, length = 64)
  private String enteredBy;

  @Column(name = "entered_at", nullable = false)
  private LocalDateTime enteredAt;

  protected IndicatorScore() {}

  IndicatorScore(Long roundId, ScoringRoundUnit roundUnit, Indicator indicator) {
    this.roundId = roundId;
    this.roundUnit = roundUnit;
    this.indicator = indicator;
  }

  void enter(BigDecimal value, String actor, LocalDateTime at) {
    this.value = value.setScale(4, java.math.RoundingMode.HALF_UP);
    this.enteredBy = actor;
    this.enteredAt = at;
  }

  public Long getId() { return id; }
  public Long getRoundId() { return roundId; }
  public ScoringRoundUnit getRoundUnit() { return roundUnit; }
  public Indicator getIndicator() { return indicator; }
  public BigDecimal getValue() { return value; }
  public String getEnteredBy() { return enteredBy; }
  public LocalDateTime getEnteredAt() { return enteredAt; }
}
