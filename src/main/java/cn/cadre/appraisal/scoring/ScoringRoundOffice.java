package cn.cadre.appraisal.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * An office asked to score in a round (name and group copied: renaming the office later does not
 * rewrite the round); when it submitted, and its written explanation (情况说明) when it was late.
 */
@Entity
@Table(name = "scoring_round_office")
public class ScoringRoundOffice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "round_id", nullable = false)
  private Long roundId;

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

  @Column(length = 2000)
  private String explanation;

  protected ScoringRoundOffice() {}

  ScoringRoundOffice(Long roundId, String officeCode, String officeName, String groupId) {
    this.roundId = roundId;
    this.officeCode = officeCode;
    this.officeName = officeName;
    this.groupId = groupId;
  }

  void submit(String actor, LocalDateTime at, String explanation) {
    this.submittedBy = actor;
    this.submittedAt = at;
    this.explanation = explanation;
  }

  public boolean isSubmitted() {
    return submittedAt != null;
  }

  public Long getId() { return id; }
  public Long getRoundId() { return roundId; }
  public String getOfficeCode() { return officeCode; }
  public String getOfficeName() { return officeName; }
  public String getGroupId() { return groupId; }
  public String getSubmittedBy() { return submittedBy; }
  public LocalDateTime getSubmittedAt() { return submittedAt; }
  public String getExplanation() { return explanation; }
}
