package cn.cadre.appraisal.campaign;

import cn.cadre.appraisal.organisation.Unit;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A unit in a round, with the appraisal team (考核组) sent to it. Year and kind are repeated here so
 * the database itself refuses a second annual round for the same unit and year.
 */
@Entity
@Table(name = "campaign_unit")
public class CampaignUnit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "campaign_id", nullable = false)
  private Campaign campaign;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private Unit unit;

  @Column(name = "appraisal_year", nullable = false)
  private int year;

  @Column(nullable = false, length = 20)
  private String kind;

  @Column(name = "team_name", nullable = false, length = 200)
  private String appraisalTeamName;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "campaign_unit_member", joinColumns = @JoinColumn(name = "campaign_unit_id"))
  @OrderColumn(name = "position")
  @Column(name = "user_id", nullable = false, length = 64)
  private List<String> appraisalTeamMembers = new ArrayList<>();

  /** The ballot window of this unit is closed: ballots were counted into its tallies. */
  @Column(name = "ballots_closed", nullable = false)
  private boolean ballotsClosed;

  protected CampaignUnit() {}

  void closeBallots() {
    this.ballotsClosed = true;
  }

  CampaignUnit(Campaign campaign, Unit unit, String appraisalTeamName, List<String> members) {
    this.campaign = campaign;
    this.unit = unit;
    this.year = campaign.getYear();
    this.kind = campaign.getKind();
    this.appraisalTeamName = appraisalTeamName;
    this.appraisalTeamMembers.addAll(members);
  }

  /** Business key of the unit's appraisal process in this round, e.g. 2026-ANNUAL/unit-edu (one per year, kind and unit). */
  public String appraisalKey() {
    return year + "-" + kind + "/unit-" + unit.getCode();
  }

  public Long getId() { return id; }
  public boolean isBallotsClosed() { return ballotsClosed; }
  public Campaign getCampaign() { return campaign; }
  public Unit getUnit() { return unit; }
  public String getAppraisalTeamName() { return appraisalTeamName; }
  public List<String> getAppraisalTeamMembers() { return List.copyOf(appraisalTeamMembers); }
}
