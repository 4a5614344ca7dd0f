package cn.cadre.appraisal.special;

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

/** A unit drawn into a special appraisal's task, and the appraisal's report on its team (commended or not). */
@Entity
@Table(name = "special_unit")
public class SpecialUnit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "appraisal_id", nullable = false)
  private Long appraisalId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private Unit unit;

  private Boolean commended;

  @Column(columnDefinition = "longtext")
  private String statement;

  @Column(name = "concluded_by", length = 64)
  private String concludedBy;

  @Column(name = "concluded_at")
  private LocalDateTime concludedAt;

  protected SpecialUnit() {}

  SpecialUnit(Long appraisalId, Unit unit) {
    this.appraisalId = appraisalId;
    this.unit = unit;
  }

  void conclude(boolean commended, String statement, String actor, LocalDateTime now) {
    this.commended = commended;
    this.statement = statement;
    this.concludedBy = actor;
    this.concludedAt = now;
  }

  public Long getId() { return id; }
  public Long getAppraisalId() { return appraisalId; }
  public Unit getUnit() { return unit; }
  public Boolean getCommended() { return commended; }
  public String getStatement() { return statement; }
  public String getConcludedBy() { return concludedBy; }
  public LocalDateTime getConcludedAt() { return concludedAt; }
}
