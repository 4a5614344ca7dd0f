package cn.cadre.appraisal.term;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A target set when the term began, with its indicator; the review records whether it was met. */
@Entity
@Table(name = "term_target")
public class TermTarget {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "term_id", nullable = false)
  private Long termId;

  @Column(nullable = false)
  private int seq;

  @Column(nullable = false, length = 500)
  private String target;

  @Column(nullable = false, length = 500)
  private String indicator;

  /** The unit's own answer (自查): null until the self-check. */
  @Column(name = "self_met")
  private Boolean selfMet;

  /** What the experts found (专家核查): null until verified. */
  @Column(name = "verified_met")
  private Boolean verifiedMet;

  protected TermTarget() {}

  TermTarget(Long termId, int seq, String target, String indicator) {
    this.termId = termId;
    this.seq = seq;
    this.target = target;
    this.indicator = indicator;
  }

  void selfCheck(boolean met) {
    this.selfMet = met;
  }

  void verify(boolean met) {
    this.verifiedMet = met;
  }

  /** "1. 水资源总量控制（指标：用水总量不超过 12 亿立方米）". */
  String describe() {
    return seq + ". " + target + "（指标：" + indicator + "）";
  }

  public Long getId() { return id; }
  public int getSeq() { return seq; }
  public String getTarget() { return target; }
  public String getIndicator() { return indicator; }
  public Boolean getSelfMet() { return selfMet; }
  public Boolean getVerifiedMet() { return verifiedMet; }
}
