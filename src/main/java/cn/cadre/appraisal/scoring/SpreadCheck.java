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
 * How far an office's scores on one indicator spread across the units ((highest − lowest) ÷ full
 * points). Below the threshold (Gansu: 30 %) it is flagged; confirmed by org-dept, the indicator counts
 * half next year.
 */
@Entity
@Table(name = "spread_check")
public class SpreadCheck {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "round_id", nullable = false)
  private Long roundId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "indicator_id")
  private Indicator indicator;

  @Column(name = "office_code", nullable = false, length = 30)
  private String officeCode;

  @Column(name = "units_scored", nullable = false)
  private int units;

  @Column(name = "lowest", nullable = false, precision = 8, scale = 2)
  private BigDecimal lowest;

  @Column(name = "highest", nullable = false, precision = 8, scale = 2)
  private BigDecimal highest;

  @Column(nullable = false, precision = 6, scale = 4)
  private BigDecimal spread;

  @Column(nullable = false)
  private boolean flagged;

  @Column(name = "halving_confirmed", nullable = false)
  private boolean halvingConfirmed;

  @Column(name = "confirmed_by", length = 64)
  private String confirmedBy;

  @Column(name = "confirmed_at")
  private LocalDateTime confirmedAt;

  protected SpreadCheck() {}

  SpreadCheck(Long roundId, Indicator indicator, int units, BigDecimal lowest, BigDecimal highest, BigDecimal spread,
      boolean flagged) {
    this.roundId = roundId;
    this.indicator = indicator;
    this.officeCode = indicator.getOfficeCode();
    this.units = units;
    this.lowest = lowest;
    this.highest = highest;
    this.spread = spread;
    this.flagged = flagged;
  }

  void confirmHalving(String actor, LocalDateTime at) {
    this.halvingConfirmed = true;
    this.confirmedBy = actor;
    this.confirmedAt = at;
  }

  /** How org-dept names it when confirming: the category as users name it and the code, "市/D1". */
  public String key() {
    return indicator.getScheme().getCategory().label() + "/" + indicator.getCode();
  }

  public Long getId() { return id; }
  public Long getRoundId() { return roundId; }
  public Indicator getIndicator() { return indicator; }
  public String getOfficeCode() { return officeCode; }
  public int getUnits() { return units; }
  public BigDecimal getLowest() { return lowest; }
  public BigDecimal getHighest() { return highest; }
  public BigDecimal getSpread() { return spread; }
  public boolean isFlagged() { return flagged; }
  public boolean isHalvingConfirmed() { return halvingConfirmed; }
  public String getConfirmedBy() { return confirmedBy; }
  public LocalDateTime getConfirmedAt() { return confirmedAt; }
}
