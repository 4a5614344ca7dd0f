package cn.cadre.appraisal.message;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One day's digest of new tasks: the window it covered and how many it told. A day's row is always
 * inserted, never merged, so that a second node's insert fails (and it sends nothing) instead of
 * quietly overwriting the first node's row and sending the digest again.
 */
@Entity
@Table(name = "task_digest")
public class TaskDigestRun extends cn.cadre.appraisal.shared.InsertedOnce<LocalDate> {

  @Id
  @Column(name = "digest_day")
  private LocalDate day;

  @Column(name = "window_start", nullable = false)
  private LocalDateTime windowStart;

  @Column(name = "window_end", nullable = false)
  private LocalDateTime windowEnd;

  @Column(nullable = false)
  private int recipients;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected TaskDigestRun() {}

  TaskDigestRun(LocalDate day, LocalDateTime windowStart, LocalDateTime windowEnd) {
    this.day = day;
    this.windowStart = windowStart;
    this.windowEnd = windowEnd;
    this.createdAt = windowEnd;
  }

  @Override
  public LocalDate getId() {
    return day;
  }

  void told(int recipients) {
    this.recipients = recipients;
  }

  public LocalDate getDay() { return day; }
  public LocalDateTime getWindowStart() { return windowStart; }
  public LocalDateTime getWindowEnd() { return windowEnd; }
  public int getRecipients() { return recipients; }
}
