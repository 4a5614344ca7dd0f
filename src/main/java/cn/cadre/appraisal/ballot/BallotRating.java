package cn.cadre.appraisal.ballot;

import cn.cadre.appraisal.evaluation.Scores;

import cn.cadre.appraisal.organisation.Cadre;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** One cadre's rating on a ballot: overall grade, 德能勤绩廉 and political quality, each 0–100. */
@Entity
@Table(name = "ballot_rating")
public class BallotRating {

  @Id
  @Column(length = 36)
  private String id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "ballot_id", nullable = false)
  private Ballot ballot;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cadre_id", nullable = false)
  private Cadre cadre;

  @Column(nullable = false, length = 30)
  private String overall;

  @Column(name = "score_de", nullable = false)
  private int de;

  @Column(name = "score_neng", nullable = false)
  private int neng;

  @Column(name = "score_qin", nullable = false)
  private int qin;

  @Column(name = "score_ji", nullable = false)
  private int ji;

  @Column(name = "score_lian", nullable = false)
  private int lian;

  @Column(nullable = false)
  private int political;

  protected BallotRating() {}

  BallotRating(Ballot ballot, Cadre cadre, String overall, Scores scores, int political) {
    this.id = UUID.randomUUID().toString();
    this.ballot = ballot;
    this.cadre = cadre;
    this.overall = overall;
    this.de = scores.de();
    this.neng = scores.neng();
    this.qin = scores.qin();
    this.ji = scores.ji();
    this.lian = scores.lian();
    this.political = political;
    ballot.add(this);
  }

  public Cadre getCadre() { return cadre; }
  public String getOverall() { return overall; }
}
