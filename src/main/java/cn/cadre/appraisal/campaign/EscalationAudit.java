package cn.cadre.appraisal.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.annotations.Immutable;

/** One step of an escalation, by whom: reminded, escalated, an explanation, a review, the task done. */
@Entity
@Immutable
@Table(name = "escalation_audit")
public class EscalationAudit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "escalation_id", nullable = false)
  private Long escalationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EscalationLevel action;

  @Column(length = 2000)
  private String detail;

  @Column(nullable = false, length = 64)
  private String actor;

  @Column(name = "acted_at", nullable = false)
  private LocalDateTime actedAt;

  protected EscalationAudit() {}

  EscalationAudit(Long escalationId, EscalationLevel action, String detail, String actor, LocalDateTime at) {
    this.escalationId = escalationId;
    this.action = action;
    this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1999) + "…";
    this.actor = actor;
    this.actedAt = at;
  }

  public EscalationLevel getAction() { return action; }
  public String getDetail() { return detail; }
  public String getActor() { return actor; }
  public LocalDateTime getActedAt() { return actedAt; }
}
