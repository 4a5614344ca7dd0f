package cn.cadre.appraisal.scoring;

import cn.cadre.appraisal.organisation.Unit;
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

/** A unit in a scoring round, scored on its category's scheme; its result once computed. */
@Entity
@Table(name = "scoring_round_unit")
public class ScoringRoundUnit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "round_id", nullable = false)
  private Long roundId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "scheme_id")
  private IndicatorScheme scheme;

  @Column(name = "development_score", precision = 8, scale = 2)
  private BigDecimal developmentScore;

  @Column(name = "party_building_score", precision = 8, scale = 2)
  private BigDecimal partyBuildingScore;

  @Column(name = "satisfaction_score", precision = 8, scale = 2)
  private BigDecimal satisfactionScore;

  @Column(precision = 8, scale = 2)
  private BigDecimal bonus;

  @Column(precision = 8, scale = 2)
  private BigDecimal penalty;

  @Column(nullable = false)
  private boolean veto;

  @Column(nullable = false)
  private boolean lowered;

  @Column(precision = 8, scale = 2)
  private BigDecimal total;

  @Column(name = "category_rank")
  private Integer rank;

  @Column(name = "category_units")
  private Integer unitsInCategory;

  @Column(name = "proposed_grade", length = 16)
  private String proposedGrade;

  @Column(name = "grade_reason", length = 500)
  private String gradeReason;

  /** The grade as org-dept leaves it (the proposal unless changed with a reason). */
  @Column(length = 16)
  private String grade;

  protected ScoringRoundUnit() {}

  ScoringRoundUnit(Long roundId, Unit unit, IndicatorScheme scheme) {
    this.roundId = roundId;
    this.unit = unit;
    this.scheme = scheme;
  }

  void result(UnitScoreCalculator.Result r) {
    this.developmentScore = r.paperScores().get(Paper.DEVELOPMENT);
    this.partyBuildingScore = r.paperScores().get(Paper.PARTY_BUILDING);
    this.satisfactionScore = r.paperScores().get(Paper.SATISFACTION);
    this.bonus = r.bonus();
    this.penalty = r.penalty();
    this.veto = r.veto();
    this.lowered = r.lowered();
    this.total = r.total();
  }

  void ranked(int rank, int of, String proposedGrade, String reason) {
    this.rank = rank;
    this.unitsInCategory = of;
    this.proposedGrade = proposedGrade;
    this.gradeReason = reason;
    this.grade = proposedGrade;
  }

  void grade(String grade) {
    this.grade = grade;
  }

  public Long getId() { return id; }
  public Long getRoundId() { return roundId; }
  public Unit getUnit() { return unit; }
  public IndicatorScheme getScheme() { return scheme; }
  public BigDecimal getDevelopmentScore() { return developmentScore; }
  public BigDecimal getPartyBuildingScore() { return partyBuildingScore; }
  public BigDecimal getSatisfactionScore() { return satisfactionScore; }
  public BigDecimal getBonus() { return bonus; }
  public BigDecimal getPenalty() { return penalty; }
  public boolean isVeto() { return veto; }
  public boolean isLowered() { return lowered; }
  public BigDecimal getTotal() { return total; }
  public Integer getRank() { return rank; }
  public Integer getUnitsInCategory() { return unitsInCategory; }
  public String getProposedGrade() { return proposedGrade; }
  public String getGradeReason() { return gradeReason; }
  public String getGrade() { return grade; }
}
