package cn.cadre.appraisal.account;

import java.util.List;

/** Port to the identity store (Camunda identity): passwords are checked, judged and set there only. */
public interface PasswordStore {

  boolean exists(String userId);

  boolean check(String userId, String password);

  /** What the password policy finds wrong with a candidate for this user, in Chinese; empty if none. */
  List<String> policyProblems(String userId, String candidate);

  void set(String userId, String password);

  /** Whether the user administers the application or the appraisals (camunda-admin, org-dept). */
  boolean privileged(String userId);
}
