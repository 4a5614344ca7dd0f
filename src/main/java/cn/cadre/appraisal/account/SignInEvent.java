package cn.cadre.appraisal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A sign-in, a failed one, a password change or reset: who, when, where from, through what. */
@Entity
@Table(name = "sign_in_event")
public class SignInEvent {

  public enum Kind { SIGNED_IN, FAILED, REFUSED_ONE_TIME_PASSWORD, PASSWORD_CHANGED, PASSWORD_RESET }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false, length = 64)
  private String userId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Kind kind;

  /** app (the application's pages), api, engine-rest or tasklist. */
  @Column(nullable = false, length = 20)
  private String channel;

  @Column(name = "remote_address", length = 64)
  private String remoteAddress;

  @Column(length = 300)
  private String detail;

  @Column(nullable = false)
  private LocalDateTime at;

  protected SignInEvent() {}

  SignInEvent(String userId, Kind kind, String channel, String remoteAddress, String detail, LocalDateTime at) {
    this.userId = userId.length() > 64 ? userId.substring(0, 64) : userId;
    this.kind = kind;
    this.channel = channel;
    this.remoteAddress = remoteAddress;
    this.detail = detail == null || detail.length() <= 300 ? detail : detail.substring(0, 300);
    this.at = at;
  }

  public String getUserId() { return userId; }
  public Kind getKind() { return kind; }
  public String getChannel() { return channel; }
  public String getRemoteAddress() { return remoteAddress; }
  public String getDetail() { return detail; }
  public LocalDateTime getAt() { return at; }
}
