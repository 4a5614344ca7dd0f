package cn.cadre.appraisal.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * 逾期督办: what became of one overdue task — reminded at its deadline, escalated some working days
 * later if still open, explained in writing by its holder and reviewed by org-dept. One per task
 * (the database's unique key: a second node or a second run starts none); every step is also
 * written to {@link EscalationAudit}, so a returned explanation is never lost.
 */
@Entity
@Table(name = "escalation")
public class Escalation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "task_id", nullable = false, unique = true, length = 64)
  private String taskId;

  @Column(name = "task_name", nullable = false, length = 300)
  private String taskName;

  @Column(name = "business_key", length = 255)
  private String businessKey;

  /** The unit or office whose task it is, as the messages name it (null: org-dept's own task). */
  @Column(length = 200)
  private String responsible;

  /** The round the task belongs to, as messages name it (2026年度考核; null outside a round). */
  @Column(name = "round_label", length = 100)
  private String roundLabel;

  /** Who holds the task: its assignee, else its candidate users (comma-separated). */
  @Column(name = "holder_users", nullable = false, length = 1000)
  private String holderUsers;

  /** Its candidate groups when nobody holds it (comma-separated). */
  @Column(name = "holder_groups", nullable = false, length = 1000)
  private String holderGroups;

  /** Who is told on escalation besides org-dept: the unit's principal or the office's head(s). */
  @Column(name = "escalation_recipients", nullable = false, length = 1000)
  private String escalationRecipients;

  @Column(name = "due_at", nullable = false)
  private LocalDateTime dueAt;

  @Column(name = "escalate_at", nullable = false)
  private LocalDateTime escalateAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EscalationLevel level;

  @Column(length = 2000)
  private String explanation;

  @Column(name = "explained_by", length = 64)
  private String explainedBy;

  @Column(name = "explained_at")
  private LocalDateTime explainedAt;

  @Column(name = "review_comment", length = 1000)
  private String reviewComment;

  @Column(name = "reviewed_by", length = 64)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private LocalDateTime reviewedAt;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "changed_at", nullable = false)
  private LocalDateTime changedAt;

  @Version
  private long version;

  protected Escalation() {}

  Escalation(OverdueTask task, String roundLabel, String responsible, List<String> escalationRecipients,
      LocalDateTime escalateAt, LocalDateTime now) {
    this.roundLabel = roundLabel;
    this.taskId = task.taskId();
    this.taskName = task.taskName();
    this.businessKey = task.businessKey();
    this.responsible = responsible;
    this.holderUsers = String.join(",", task.assignee() != null ? List.of(task.assignee()) : task.candidateUsers());
    this.holderGroups = task.assignee() != null ? "" : String.join(",", task.candidateGroups());
    this.escalationRecipients = String.join(",", escalationRecipients);
    this.dueAt = task.due();
    this.escalateAt = escalateAt;
    this.level = EscalationLevel.REMINDED;
    this.createdAt = now;
    this.changedAt = now;
  }

  void moveTo(EscalationLevel next, LocalDateTime at) {
    this.level = next;
    this.changedAt = at;
  }

  void explain(String text, String actor, LocalDateTime at) {
    this.explanation = text;
    this.explainedBy = actor;
    this.explainedAt = at;
    moveTo(EscalationLevel.EXPLAINED, at);
  }

  void review(boolean accepted, String comment, String actor, LocalDateTime at) {
    this.reviewComment = comment;
    this.reviewedBy = actor;
    this.reviewedAt = at;
    moveTo(accepted ? EscalationLevel.ACCEPTED : EscalationLevel.RETURNED, at);
  }

  /** Whether the task or its escalation still waits for someone (the task done, or the explanation accepted: not). */
  public boolean isSettled() {
    return level == EscalationLevel.ACCEPTED || level == EscalationLevel.CLOSED;
  }

  /**
   * The task as messages name it: its name, with the round and the unit or office it does not say
   * itself (填写述职述廉报告（2026年度考核，示范县教育局）).
   */
  public String subject() {
    List<String> context = new java.util.ArrayList<>();
    if (roundLabel != null && !taskName.contains(roundLabel.substring(0, Math.min(5, roundLabel.length())))) {
      context.add(roundLabel);
    }
    if (responsible != null && !taskName.contains(responsible)) {
      context.add(responsible);
    }
    return context.isEmpty() ? taskName : taskName + "（" + String.join("，", context) + "）";
  }

  public Long getId() { return id; }
  public String getTaskId() { return taskId; }
  public String getTaskName() { return taskName; }
  public String getBusinessKey() { return businessKey; }
  public String getResponsible() { return responsible; }
  public List<String> holderUsers() { return split(holderUsers); }
  public List<String> holderGroups() { return split(holderGroups); }
  public List<String> escalationRecipients() { return split(escalationRecipients); }
  public LocalDateTime getDueAt() { return dueAt; }
  public LocalDateTime getEscalateAt() { return escalateAt; }
  public EscalationLevel getLevel() { return level; }
  public String getExplanation() { return explanation; }
  public String getExplainedBy() { return explainedBy; }
  public LocalDateTime getExplainedAt() { return explainedAt; }
  public String getReviewComment() { return reviewComment; }
  public String getReviewedBy() { return reviewedBy; }
  public LocalDateTime getChangedAt() { return changedAt; }

  private static List<String> split(String joined) {
    return joined == null || joined.isBlank() ? List.of() : Arrays.stream(joined.split(",")).toList();
  }
}
