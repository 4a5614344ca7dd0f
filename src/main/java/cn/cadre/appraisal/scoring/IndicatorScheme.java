package cn.cadre.appraisal.scoring;

import cn.cadre.appraisal.organisation.UnitCategory;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * 考核指标体系: the indicators one category of unit is scored on in one year, and how its total is
 * formed. A round scores with the scheme of its year; once a round has used it the scheme is frozen,
 * so changing next year's scheme (or this one, later) never changes a result already given.
 */
@Entity
@Table(name = "indicator_scheme")
public class IndicatorScheme {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "scheme_year", nullable = false)
  private int year;

  @Enumerated(EnumType.STRING)
  @Column(name = "unit_category", nullable = false, length = 30)
  private UnitCategory category;

  @Column(nullable = false, length = 100)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ScoringFormula formula;

  /** The 80 of development × (party building / 80). */
  @Column(name = "party_building_base", nullable = false, precision = 6, scale = 2)
  private BigDecimal partyBuildingBase;

  @Column(name = "development_weight", precision = 6, scale = 2)
  private BigDecimal developmentWeight;

  @Column(name = "party_building_weight", precision = 6, scale = 2)
  private BigDecimal partyBuildingWeight;

  @Column(name = "satisfaction_weight", precision = 6, scale = 2)
  private BigDecimal satisfactionWeight;

  /** The scoring round that used it first; from then on it is frozen. */
  @Column(name = "used_by_round_id")
  private Long usedByRoundId;

  @Column(name = "updated_by", nullable = false, length = 64)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Version
  private int version;

  @OneToMany(mappedBy = "scheme", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sortOrder")
  private List<Indicator> indicators = new ArrayList<>();

  protected IndicatorScheme() {}

  IndicatorScheme(int year, UnitCategory category) {
    this.year = year;
    this.category = category;
  }

  /** Replaces what the scheme says (the caller has validated it). */
  void define(String name, ScoringFormula formula, BigDecimal partyBuildingBase, Map<Paper, BigDecimal> paperWeights,
      List<Indicator> newIndicators, String actor, LocalDateTime at) {
    this.name = name;
    this.formula = formula;
    this.partyBuildingBase = Indicator.scale2(partyBuildingBase);
    this.developmentWeight = Indicator.scale2(paperWeights.get(Paper.DEVELOPMENT));
    this.partyBuildingWeight = Indicator.scale2(paperWeights.get(Paper.PARTY_BUILDING));
    this.satisfactionWeight = Indicator.scale2(paperWeights.get(Paper.SATISFACTION));
    indicators.clear();
    int order = 0;
    for (Indicator indicator : newIndicators) {
      indicator.attach(this, ++order);
      indicators.add(indicator);
    }
    touch(actor, at);
  }

  /** Empties the scheme before a replacement is written (flushed first, so codes may repeat). */
  void clearIndicators() {
    indicators.clear();
  }

  void touch(String actor, LocalDateTime at) {
    this.updatedBy = actor;
    this.updatedAt = at;
  }

  void usedBy(long roundId) {
    if (usedByRoundId == null) {
      usedByRoundId = roundId;
    }
  }

  public boolean isFrozen() {
    return usedByRoundId != null;
  }

  /** The papers' weights, as given (null where the scheme gives none). */
  public Map<Paper, BigDecimal> paperWeights() {
    Map<Paper, BigDecimal> weights = new EnumMap<>(Paper.class);
    if (developmentWeight != null) {
      weights.put(Paper.DEVELOPMENT, developmentWeight);
    }
    if (partyBuildingWeight != null) {
      weights.put(Paper.PARTY_BUILDING, partyBuildingWeight);
    }
    if (satisfactionWeight != null) {
      weights.put(Paper.SATISFACTION, satisfactionWeight);
    }
    return weights;
  }

  /** The indicators that score this unit: the common ones and its own (个性指标). */
  public List<Indicator> indicatorsOf(String unitCode) {
    return indicators.stream().filter(i -> i.getUnitCode() == null || i.getUnitCode().equals(unitCode)).toList();
  }

  public Long getId() { return id; }
  public int getYear() { return year; }
  public UnitCategory getCategory() { return category; }
  public String getName() { return name; }
  public ScoringFormula getFormula() { return formula; }
  public BigDecimal getPartyBuildingBase() { return partyBuildingBase; }
  public Long getUsedByRoundId() { return usedByRoundId; }
  public String getUpdatedBy() { return updatedBy; }
  public LocalDateTime getUpdatedAt() { return updatedAt; }
  public List<Indicator> getIndicators() { return indicators; }
}
