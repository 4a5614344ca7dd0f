package cn.cadre.appraisal.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One office asked in one round, and whether it has returned its list. The office's name and group
 * are those of the day the round opened. Once returned, the list is closed: the cadres' analysis
 * reads it from then on.
 */
@Entity
@Table(name = "round_office")
public class RoundOffice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private Long campaignId;

  @Column(name = "office_code", nullable = false, length = 30)
  private String officeCode;

  @Column(name = "office_name", nullable = false, length = 50)
  private String officeName;

  @Column(name = "group_id", nullable = false, length = 64)
  private String groupId;

  @Column(name = "submitted_by", length = 64)
  private String submittedBy;

  @Column(name = "submitted_at")
  private LocalDateTime submittedAt;

  @Column(name = "late_explanation", length = 2000)
  private String lateExplanation;

  protected RoundOffice() {}

  RoundOffice(Long campaignId, Office office) {
    this.campaignId = campaignId;
    this.officeCode = office.getCode();
    this.officeName = office.getName();
    this.groupId = office.getGroupId();
  }

  void submit(String actor, LocalDateTime at, String lateExplanation) {
    this.submittedBy = actor;
    this.submittedAt = at;
    this.lateExplanation = lateExplanation;
  }

  public boolean isSubmitted() { return submittedAt != null; }
  public Long getCampaignId() { return campaignId; }
  public String getOfficeCode() { return officeCode; }
  public String getOfficeName() { return officeName; }
  public String getGroupId() { return groupId; }
  public String getSubmittedBy() { return submittedBy; }
  public LocalDateTime getSubmittedAt() { return submittedAt; }
  public String getLateExplanation() { return lateExplanation; }
}
