package cn.cadre.appraisal.scoring;

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
import java.math.BigDecimal;

/**
 * 考核指标: one line of a scheme. A scored indicator has a paper, full points (the scale its office
 * scores on) and a weight (its share of the paper); bonus and penalty items have full points only (the
 * most they add or take); veto and grade-lowering items are yes or no. An indicator named for one unit
 * is that unit's individual indicator (个性指标); the others are common (共性指标).
 */
@Entity
@Table(name = "indicator")
public class Indicator {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "scheme_id")
  private IndicatorScheme scheme;

  @Column(nullable = false, length = 20)
  private String code;

  @Column(nullable = false, length = 100)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Paper paper;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private IndicatorKind kind;

  @Column(name = "full_points", nullable = false, precision = 8, scale = 2)
  private BigDecimal fullPoints;

  @Column(precision = 6, scale = 2)
  private BigDecimal weight;

  @Column(name = "office_code", nullable = false, length = 30)
  private String officeCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ScoringMethod method;

  @Column(name = "target_value", precision = 14, scale = 4)
  private BigDecimal target;

  @Column(name = "unit_code", length = 64)
  private String unitCode;

  /** Gansu: its office's scores spread too little last year, so its points count half this year. */
  @Column(nullable = false)
  private boolean halved;

  @Column(name = "halved_reason", length = 200)
  private String halvedReason;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected Indicator() {}

  Indicator(String code, String name, Paper paper, IndicatorKind kind, BigDecimal fullPoints, BigDecimal weight,
      String officeCode, ScoringMethod method, BigDecimal target, String unitCode, boolean halved, String halvedReason) {
    this.code = code;
    this.name = name;
    this.paper = paper;
    this.kind = kind;
    this.fullPoints = scale2(fullPoints);
    this.weight = scale2(weight);
    this.officeCode = officeCode;
    this.method = method;
    this.target = target;
    this.unitCode = unitCode;
    this.halved = halved;
    this.halvedReason = halvedReason;
  }

  /** As the database keeps it, so that a new scheme reads the same as a stored one. */
  static BigDecimal scale2(BigDecimal value) {
    return value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_UP);
  }

  void attach(IndicatorScheme scheme, int sortOrder) {
    this.scheme = scheme;
    this.sortOrder = sortOrder;
  }

  void halve(String reason) {
    this.halved = true;
    this.halvedReason = reason;
  }

  /** The weight it counts with: half when halved. */
  public BigDecimal effectiveWeight() {
    if (weight == null) {
      return null;
    }
    return halved ? weight.divide(BigDecimal.valueOf(2)) : weight;
  }

  public Long getId() { return id; }
  public IndicatorScheme getScheme() { return scheme; }
  public String getCode() { return code; }
  public String getName() { return name; }
  public Paper getPaper() { return paper; }
  public IndicatorKind getKind() { return kind; }
  public BigDecimal getFullPoints() { return fullPoints; }
  public BigDecimal getWeight() { return weight; }
  public String getOfficeCode() { return officeCode; }
  public ScoringMethod getMethod() { return method; }
  public BigDecimal getTarget() { return target; }
  public String getUnitCode() { return unitCode; }
  public boolean isHalved() { return halved; }
  public String getHalvedReason() { return halvedReason; }
  public int getSortOrder() { return sortOrder; }
}
