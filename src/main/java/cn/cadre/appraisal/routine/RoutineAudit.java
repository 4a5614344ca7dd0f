package cn.cadre.appraisal.routine;

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

/** What changed in a routine round, by whom: a score entered or changed, a unit submitted. */
@Entity
@Immutable
@Table(name = "routine_audit")
public class RoutineAudit {

  public enum Action { ENTERED, CHANGED, SUBMITTED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "round_id", nullable = false)
  private Long roundId;

  @Column(name = "unit_id", nullable = false)
  private Long unitId;

  @Column(name = "cadre_id")
  private Long cadreId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Action action;

  @Column(length = 2000)
  private String detail;

  @Column(nullable = false, length = 64)
  private String actor;

  @Column(name = "acted_at", nullable = false)
  private LocalDateTime actedAt;

  protected RoutineAudit() {}

  RoutineAudit(Long roundId, Long unitId, Long cadreId, Action action, String detail, String actor, LocalDateTime at) {
    this.roundId = roundId;
    this.unitId = unitId;
    this.cadreId = cadreId;
    this.action = action;
    this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1999) + "…";
    this.actor = actor;
    this.actedAt = at;
  }

  public Long getCadreId() { return cadreId; }
  public Action getAction() { return action; }
  public String getDetail() { return detail; }
  public String getActor() { return actor; }
  public LocalDateTime getActedAt() { return actedAt; }
}
