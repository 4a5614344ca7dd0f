package cn.cadre.appraisal.evaluation;

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

/** 班子总结报告: the leadership team's summary report for one round. */
@Entity
@Table(name = "team_report")
public class TeamReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private Long campaignId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private Unit unit;

  @Column(name = "report_text", nullable = false, columnDefinition = "longtext")
  private String reportText;

  @Column(name = "submitted_by", nullable = false, length = 64)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false)
  private LocalDateTime submittedAt;

  protected TeamReport() {}

  TeamReport(Long campaignId, Unit unit, String reportText, String submittedBy, LocalDateTime submittedAt) {
    this.campaignId = campaignId;
    this.unit = unit;
    this.reportText = reportText;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
  }

  public Long getId() { return id; }
  public String getReportText() { return reportText; }
}
