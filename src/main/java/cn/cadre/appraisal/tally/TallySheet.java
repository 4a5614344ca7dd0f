package cn.cadre.appraisal.tally;

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
import java.time.LocalDateTime;

/**
 * 民主测评汇总表 of one unit in one round: the number of valid ballots every row adds up to, and
 * whether the organisation department has submitted it (its rows are the unit's evaluation tallies).
 */
@Entity
@Table(name = "tally_sheet")
public class TallySheet {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private Long campaignId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private Unit unit;

  private Integer ballots;

  @Column(name = "submitted_by", length = 64)
  private String submittedBy;

  @Column(name = "submitted_at")
  private LocalDateTime submittedAt;

  protected TallySheet() {}

  TallySheet(Long campaignId, Unit unit) {
    this.campaignId = campaignId;
    this.unit = unit;
  }

  void ballots(int ballots) {
    this.ballots = ballots;
  }

  void submit(String actor, LocalDateTime at) {
    this.submittedBy = actor;
    this.submittedAt = at;
  }

  public boolean isSubmitted() { return submittedAt != null; }
  public Long getCampaignId() { return campaignId; }
  public Unit getUnit() { return unit; }
  public Integer getBallots() { return ballots; }
  public String getSubmittedBy() { return submittedBy; }
  public LocalDateTime getSubmittedAt() { return submittedAt; }
}
