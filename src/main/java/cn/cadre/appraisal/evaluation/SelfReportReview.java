package cn.cadre.appraisal.evaluation;

import cn.cadre.appraisal.organisation.Cadre;
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

/** One decision of the appraisal team on a cadre's 述职述廉报告: accepted, or returned with a comment. */
@Entity
@Table(name = "self_report_review")
public class SelfReportReview {

  public static final String ACCEPTED = "accepted";
  public static final String RETURNED = "returned";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private Long campaignId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cadre_id", nullable = false)
  private Cadre cadre;

  @Column(nullable = false, length = 20)
  private String decision;

  @Column(name = "review_comment", length = 2000)
  private String comment;

  @Column(name = "report_text", nullable = false, columnDefinition = "longtext")
  private String reportText;

  @Column(nullable = false, length = 64)
  private String reviewer;

  @Column(name = "reviewed_at", nullable = false)
  private LocalDateTime reviewedAt;

  protected SelfReportReview() {}

  SelfReportReview(Long campaignId, Cadre cadre, String decision, String comment, String reportText, String reviewer,
      LocalDateTime reviewedAt) {
    this.campaignId = campaignId;
    this.cadre = cadre;
    this.decision = decision;
    this.comment = comment;
    this.reportText = reportText;
    this.reviewer = reviewer;
    this.reviewedAt = reviewedAt;
  }

  public Cadre getCadre() { return cadre; }
  public String getDecision() { return decision; }
  public String getComment() { return comment; }
  public String getReportText() { return reportText; }
  public String getReviewer() { return reviewer; }
  public LocalDateTime getReviewedAt() { return reviewedAt; }
}
