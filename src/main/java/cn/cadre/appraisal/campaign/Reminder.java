package cn.cadre.appraisal.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** 催办提醒: the reminder sent once for an overdue task, to its assignee or its candidate groups. */
@Entity
@Table(name = "reminder")
public class Reminder {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "task_id", nullable = false, unique = true, length = 64)
  private String taskId;

  @Column(name = "task_name", nullable = false, length = 300)
  private String taskName;

  @Column(name = "business_key", length = 255)
  private String businessKey;

  /** Who is reminded: "user:ID" for an assignee, else "group:ID,…" / "user:ID,…" for candidates. */
  @Column(nullable = false, length = 500)
  private String recipients;

  @Column(name = "due_at", nullable = false)
  private LocalDateTime dueAt;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected Reminder() {}

  Reminder(OverdueTask task, String recipients, LocalDateTime createdAt) {
    this.taskId = task.taskId();
    this.taskName = task.taskName();
    this.businessKey = task.businessKey();
    this.recipients = recipients;
    this.dueAt = task.due();
    this.createdAt = createdAt;
  }

  public String getTaskId() { return taskId; }
  public String getTaskName() { return taskName; }
  public String getRecipients() { return recipients; }
  public LocalDateTime getCreatedAt() { return createdAt; }
}
