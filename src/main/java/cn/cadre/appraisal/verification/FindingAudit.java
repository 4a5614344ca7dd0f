package cn.cadre.appraisal.verification;

import org.hibernate.annotations.Immutable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One change to an office's negative list (an entry marked, changed or removed, or the list returned). */
@Entity
@Immutable
@Table(name = "finding_audit")
public class FindingAudit {

  /** What was done. */
  public enum Action { MARKED, CHANGED, REMOVED, RETURNED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private Long campaignId;

  @Column(name = "office_code", nullable = false, length = 30)
  private String officeCode;

  /** Null for the list as a whole (RETURNED). */
  @Column(name = "cadre_id")
  private Long cadreId;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Action action;

  @Column(length = 4000)
  private String detail;

  @Column(nullable = false, length = 64)
  private String actor;

  @Column(name = "acted_at", nullable = false)
  private LocalDateTime actedAt;

  protected FindingAudit() {}

  FindingAudit(Long campaignId, String officeCode, Long cadreId, Action action, String detail, String actor,
      LocalDateTime actedAt) {
    this.campaignId = campaignId;
    this.officeCode = officeCode;
    this.cadreId = cadreId;
    this.action = action;
    this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
    this.actor = actor;
    this.actedAt = actedAt;
  }

  public Long getCadreId() { return cadreId; }
  public Action getAction() { return action; }
  public String getDetail() { return detail; }
  public String getActor() { return actor; }
  public LocalDateTime getActedAt() { return actedAt; }
  public String getOfficeCode() { return officeCode; }
}
