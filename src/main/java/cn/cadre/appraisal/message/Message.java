package cn.cadre.appraisal.message;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One message to one user in the application (站内消息): a reminder, a notice issued to them, what
 * waits for them. Kept once per recipient and {@code dedupKey}, so a job that runs twice, or on two
 * nodes, sends nothing twice.
 */
@Entity
@Table(name = "user_message")
public class Message {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 64)
  private String recipient;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private MessageKind kind;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 2000)
  private String body;

  @Column(length = 300)
  private String link;

  @Column(name = "dedup_key", nullable = false, length = 200)
  private String dedupKey;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "read_at")
  private LocalDateTime readAt;

  /** Its e-mail: null when it is not to be mailed (no SMTP server configured when it was posted). */
  @Enumerated(EnumType.STRING)
  @Column(name = "mail_state", length = 12)
  private MailState mailState;

  @Column(name = "mail_attempts", nullable = false)
  private int mailAttempts;

  @Column(name = "mailed_at")
  private LocalDateTime mailedAt;

  @Column(name = "mail_error", length = 300)
  private String mailError;

  protected Message() {}

  Message(String recipient, MessageKind kind, String title, String body, String link, String dedupKey,
      LocalDateTime createdAt) {
    this.recipient = recipient;
    this.kind = kind;
    this.title = title;
    this.body = body;
    this.link = link;
    this.dedupKey = dedupKey;
    this.createdAt = createdAt;
  }

  Message toBeMailed() {
    this.mailState = MailState.PENDING;
    return this;
  }

  public MailState getMailState() { return mailState; }
  public int getMailAttempts() { return mailAttempts; }
  public LocalDateTime getMailedAt() { return mailedAt; }
  public String getMailError() { return mailError; }
  public Long getId() { return id; }
  public String getRecipient() { return recipient; }
  public MessageKind getKind() { return kind; }
  public String getTitle() { return title; }
  public String getBody() { return body; }
  public String getLink() { return link; }
  public String getDedupKey() { return dedupKey; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  public LocalDateTime getReadAt() { return readAt; }
}
