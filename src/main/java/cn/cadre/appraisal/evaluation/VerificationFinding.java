package cn.cadre.appraisal.evaluation;

import cn.cadre.appraisal.organisation.Cadre;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** 了解核实: one office's report of a cadre's negative-list items (or that there are none). */
@Entity
@Table(name = "verification_finding")
public class VerificationFinding {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private Long campaignId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cadre_id", nullable = false)
  private Cadre cadre;

  /** The code of the office that reported it (see the office table). */
  @Column(name = "office", nullable = false, length = 30)
  private String officeCode;

  @Column(name = "has_items", nullable = false)
  private boolean hasItems;

  @Column(columnDefinition = "longtext")
  private String items;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Severity severity;

  @Column(name = "affects_grade", nullable = false)
  private boolean affectsGrade;

  @Column(name = "veto_item", nullable = false)
  private boolean vetoItem;

  @Column(name = "under_investigation", nullable = false)
  private boolean underInvestigation;

  @Column(name = "reported_by", nullable = false, length = 64)
  private String reportedBy;

  @Column(name = "reported_at", nullable = false)
  private LocalDateTime reportedAt;

  protected VerificationFinding() {}

  public VerificationFinding(Long campaignId, Cadre cadre, String officeCode, Finding finding, String reportedBy,
      LocalDateTime reportedAt) {
    this.campaignId = campaignId;
    this.cadre = cadre;
    this.officeCode = officeCode;
    this.reportedBy = reportedBy;
    this.reportedAt = reportedAt;
    change(finding);
  }

  /** An office corrects its own entry before it returns its list. */
  public void change(Finding finding) {
    this.hasItems = finding.hasItems();
    this.items = finding.items();
    this.severity = finding.severity();
    this.affectsGrade = finding.affectsGrade();
    this.vetoItem = finding.vetoItem();
    this.underInvestigation = finding.underInvestigation();
  }

  public Finding finding() {
    return new Finding(hasItems, items, severity, affectsGrade, vetoItem, underInvestigation);
  }

  public Long getId() { return id; }
  public String getOfficeCode() { return officeCode; }
  public Severity getSeverity() { return severity; }
  public String getReportedBy() { return reportedBy; }
  public LocalDateTime getReportedAt() { return reportedAt; }
  public Cadre getCadre() { return cadre; }
  public boolean isHasItems() { return hasItems; }
  public String getItems() { return items; }
  public boolean isAffectsGrade() { return affectsGrade; }
  public boolean isVetoItem() { return vetoItem; }
  public boolean isUnderInvestigation() { return underInvestigation; }
}
