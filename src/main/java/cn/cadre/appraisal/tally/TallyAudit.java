package cn.cadre.appraisal.tally;

import org.hibernate.annotations.Immutable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One change to a unit's tally sheet: a row entered or changed, or the sheet submitted. */
@Entity
@Immutable
@Table(name = "tally_audit")
public class TallyAudit {

  public enum Action { ENTERED, CHANGED, SUBMITTED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private Long campaignId;

  @Column(name = "unit_id", nullable = false)
  private Long unitId;

  /** Null for the team's row and for the sheet as a whole. */
  @Column(name = "cadre_id")
  private Long cadreId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Action action;

  @Column(length = 1000)
  private String detail;

  @Column(nullable = false, length = 64)
  private String actor;

  @Column(name = "acted_at", nullable = false)
  private LocalDateTime actedAt;

  protected TallyAudit() {}

  TallyAudit(Long campaignId, Long unitId, Long cadreId, Action action, String detail, String actor, LocalDateTime at) {
    this.campaignId = campaignId;
    this.unitId = unitId;
    this.cadreId = cadreId;
    this.action = action;
    this.detail = detail;
    this.actor = actor;
    this.actedAt = at;
  }

  public Long getCadreId() { return cadreId; }
  public Action getAction() { return action; }
  public String getDetail() { return detail; }
  public String getActor() { return actor; }
  public LocalDateTime getActedAt() { return actedAt; }
}
