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

/** 述职述廉报告: a cadre's accepted self-report for one appraisal, filed once. */
@Entity
@Table(name = "self_report")
public class SelfReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cadre_id", nullable = false)
  private Cadre cadre;

  /** Business key of the unit appraisal, e.g. 2026-ANNUAL/unit-edu. */
  @Column(nullable = false, length = 200)
  private String reference;

  @Column(name = "appraisal_year", nullable = false)
  private int year;

  @Column(name = "report_text", nullable = false, columnDefinition = "longtext")
  private String reportText;

  @Column(name = "filed_at", nullable = false)
  private LocalDateTime filedAt;

  protected SelfReport() {}

  SelfReport(Cadre cadre, String reference, int year, String reportText, LocalDateTime filedAt) {
    this.cadre = cadre;
    this.reference = reference;
    this.year = year;
    this.reportText = reportText;
    this.filedAt = filedAt;
  }

  public Long getId() { return id; }
  public Cadre getCadre() { return cadre; }
  public String getReference() { return reference; }
  public int getYear() { return year; }
  public String getReportText() { return reportText; }
  public LocalDateTime getFiledAt() { return filedAt; }
}
