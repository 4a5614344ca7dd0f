package cn.cadre.appraisal.organisation;

/** Port to accounts: a user created by the roster gets a one-time password (implemented by account). */
public interface NewAccounts {

  /** A random one-time password for a new user, who must replace it at the first sign-in. */
  String issueOneTimePassword(String userId, String issuedBy);

  /** The same for many new users at once (a roster's), by user id. */
  java.util.Map<String, String> issueOneTimePasswords(java.util.List<String> userIds, String issuedBy);
}
