package cn.cadre.appraisal.routine;

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
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/** A cadre's routine score for one period: key tasks done, 0–100, a comment, and what to watch. */
@Entity
@Table(name = "routine_score")
public class RoutineScore {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "round_id", nullable = false)
  private Long roundId;

  @Column(name = "unit_id", nullable = false)
  private Long unitId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cadre_id", nullable = false)
  private Cadre cadre;

  @Column(nullable = false, precision = 5, scale = 2)
  private BigDecimal score;

  @Column(name = "key_tasks", nullable = false, length = 2000)
  private String keyTasks;

  @Column(name = "remark", length = 2000)
  private String comment;

  @Column(name = "early_signs", nullable = false)
  private boolean earlySigns;

  @Column(length = 200)
  private String weakness;

  @Column(name = "entered_by", nullable = false, length = 64)
  private String enteredBy;

  @Column(name = "entered_at", nullable = false)
  private LocalDateTime enteredAt;

  protected RoutineScore() {}

  RoutineScore(Long roundId, Long unitId, Cadre cadre) {
    this.roundId = roundId;
    this.unitId = unitId;
    this.cadre = cadre;
  }

  /** Whether the entry differs from what is recorded (an unchanged row is not written or audited). */
  boolean differs(RoutineEntry entry) {
    return score == null || score.compareTo(entry.score()) != 0 || !Objects.equals(keyTasks, entry.keyTasks())
        || !Objects.equals(comment, entry.comment()) || earlySigns != entry.earlySigns()
        || !Objects.equals(weakness, entry.weakness());
  }

  void set(RoutineEntry entry, String actor, LocalDateTime at) {
    this.score = entry.score();
    this.keyTasks = entry.keyTasks();
    this.comment = entry.comment();
    this.earlySigns = entry.earlySigns();
    this.weakness = entry.weakness();
    this.enteredBy = actor;
    this.enteredAt = at;
  }

  /** "85.50（重点任务：…）" for the audit. */
  String describe() {
    return score == null ? "未评分" : score.stripTrailingZeros().toPlainString() + " 分；重点任务：" + keyTasks
        + (comment == null ? "" : "；评语：" + comment) + (earlySigns ? "；有苗头性倾向性问题" : "")
        + (weakness == null ? "" : "；短板：" + weakness);
  }

  public Long getRoundId() { return roundId; }
  public Long getUnitId() { return unitId; }
  public Cadre getCadre() { return cadre; }
  public BigDecimal getScore() { return score; }
  public String getKeyTasks() { return keyTasks; }
  public String getComment() { return comment; }
  public boolean isEarlySigns() { return earlySigns; }
  public String getWeakness() { return weakness; }
  public String getEnteredBy() { return enteredBy; }
  public LocalDateTime getEnteredAt() { return enteredAt; }
}
