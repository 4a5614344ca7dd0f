package cn.cadre.appraisal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A user's account state: whether their password is a one-time one they must replace. */
@Entity
@Table(name = "account")
public class Account implements org.springframework.data.domain.Persistable<String> {

  @Id
  @Column(name = "user_id", length = 64)
  private String userId;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Column(name = "one_time_issued_by", length = 64)
  private String oneTimeIssuedBy;

  @Column(name = "one_time_issued_at")
  private LocalDateTime oneTimeIssuedAt;

  @Column(name = "password_changed_at")
  private LocalDateTime passwordChangedAt;

  /** A new account is inserted without asking the database first (its id is the user's). */
  @jakarta.persistence.Transient
  private boolean fresh;

  protected Account() {}

  Account(String userId) {
    this.userId = userId;
    this.fresh = true;
  }

  @jakarta.persistence.PostLoad
  @jakarta.persistence.PostPersist
  void stored() {
    this.fresh = false;
  }

  @Override
  public String getId() { return userId; }

  @Override
  public boolean isNew() { return fresh; }

  void oneTimeIssued(String by, LocalDateTime at) {
    this.mustChangePassword = true;
    this.oneTimeIssuedBy = by;
    this.oneTimeIssuedAt = at;
  }

  void passwordChanged(LocalDateTime at) {
    this.mustChangePassword = false;
    this.passwordChangedAt = at;
  }

  public String getUserId() { return userId; }
  public boolean isMustChangePassword() { return mustChangePassword; }
}
