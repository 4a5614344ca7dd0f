package cn.cadre.appraisal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A user's account state: whether their password is a one-time one they must replace. */
@Entity
@Table(name = "account")
public class Account extends cn.cadre.appraisal.shared.InsertedOnce<String> {

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

  protected Account() {}

  /** A new account, inserted without asking the database first (its id is the user's). */
  Account(String userId) {
    this.userId = userId;
  }

  @Override
  public String getId() { return userId; }


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
