package cn.cadre.appraisal.evaluation;

import cn.cadre.appraisal.organisation.Cadre;
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
import java.time.LocalDateTime;

/**
 * 民主测评结果: the vote counts of one cadre (优秀/称职/基本称职/不称职) or, without a cadre, of the
 * unit's team (好/较好/一般/差), highest rating first; only totals, never individual ballots.
 */
@Entity
@Table(name = "evaluation_tally")
public class EvaluationTally {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private Long campaignId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private Unit unit;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "cadre_id")
  private Cadre cadre;

  @Column(name = "votes_first", nullable = false)
  private int first;

  @Column(name = "votes_second", nullable = false)
  private int second;

  @Column(name = "votes_third", nullable = false)
  private int third;

  @Column(name = "votes_fourth", nullable = false)
  private int fourth;

  @Column(name = "political_score", precision = 5, scale = 2)
  private BigDecimal politicalScore;

  @Column(name = "entered_by", nullable = false, length = 64)
  private String enteredBy;

  @Column(name = "entered_at", nullable = false)
  private LocalDateTime enteredAt;

  protected EvaluationTally() {}

  public EvaluationTally(Long campaignId, Unit unit, Cadre cadre, Votes votes, BigDecimal politicalScore,
      String enteredBy, LocalDateTime enteredAt) {
    this.campaignId = campaignId;
    this.unit = unit;
    this.cadre = cadre;
    this.first = votes.first();
    this.second = votes.second();
    this.third = votes.third();
    this.fourth = votes.fourth();
    this.politicalScore = politicalScore;
    this.enteredBy = enteredBy;
    this.enteredAt = enteredAt;
  }

  /** A tally sheet's row corrected before the sheet is submitted. */
  public void change(Votes votes, BigDecimal politicalScore, String enteredBy, LocalDateTime enteredAt) {
    this.first = votes.first();
    this.second = votes.second();
    this.third = votes.third();
    this.fourth = votes.fourth();
    this.politicalScore = politicalScore;
    this.enteredBy = enteredBy;
    this.enteredAt = enteredAt;
  }

  public Votes votes() { return new Votes(first, second, third, fourth); }
  public Unit getUnit() { return unit; }
  public Cadre getCadre() { return cadre; }
  public BigDecimal getPoliticalScore() { return politicalScore; }
}
