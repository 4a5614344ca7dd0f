package cn.cadre.appraisal.special;

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

/** A cadre drawn into a special appraisal's task, and the appraisal's conclusion and statement (鉴定) on them. */
@Entity
@Table(name = "special_cadre")
public class SpecialCadre {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "appraisal_id", nullable = false)
  private Long appraisalId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cadre_id", nullable = false)
  private Cadre cadre;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private SpecialConclusion conclusion;

  @Column(name = "pool_name", length = 100)
  private String poolName;

  @Column(columnDefinition = "longtext")
  private String statement;

  @Column(name = "concluded_by", length = 64)
  private String concludedBy;

  @Column(name = "concluded_at")
  private LocalDateTime concludedAt;

  protected SpecialCadre() {}

  SpecialCadre(Long appraisalId, Cadre cadre) {
    this.appraisalId = appraisalId;
    this.cadre = cadre;
  }

  void conclude(SpecialConclusion conclusion, String poolName, String statement, String actor, LocalDateTime now) {
    this.conclusion = conclusion;
    this.poolName = poolName;
    this.statement = statement;
    this.concludedBy = actor;
    this.concludedAt = now;
  }

  /** In words, for the audit: "提拔或重用；鉴定：…", "列入人才库（外事干部人才库）；鉴定：…". */
  String describe() {
    return conclusion == null ? "未作结论"
        : conclusion.label() + (poolName == null ? "" : "（" + poolName + "）") + "；鉴定：" + statement;
  }

  public Long getId() { return id; }
  public Long getAppraisalId() { return appraisalId; }
  public Cadre getCadre() { return cadre; }
  public SpecialConclusion getConclusion() { return conclusion; }
  public String getPoolName() { return poolName; }
  public String getStatement() { return statement; }
  public String getConcludedBy() { return concludedBy; }
  public LocalDateTime getConcludedAt() { return concludedAt; }
}
