package cn.cadre.appraisal.organisation;

import cn.cadre.appraisal.shared.AppraisalGroup;

/** Port to the user directory (Camunda identity) so the organisation stays engine-free. */
public interface IdentityDirectory {

  boolean exists(String userId);

  /** False when users, groups and passwords are the organisation's directory's (read-only). */
  boolean managesUsers();

  /** Creates the user if absent; an existing user keeps its password. */
  void ensureUser(String userId, String displayName, String initialPassword);

  default void ensureMembership(String userId, AppraisalGroup group) {
    ensureMembership(userId, group.id());
  }

  /** Adds the user to a group by its id (an appraisal group or an office's group). */
  void ensureMembership(String userId, String groupId);

  /** User ids of the group's members. */
  default java.util.List<String> membersOf(AppraisalGroup group) {
    return membersOf(group.id());
  }

  /** User ids of the members of a group by its id (an appraisal group or an office's group). */
  java.util.List<String> membersOf(String groupId);

  /** Sets the user's e-mail address (the roster's); with the organisation's directory (read-only), its own. */
  void setEmail(String userId, String email);

  /** Those of these users the directory has, with their e-mail address ("" for none). */
  java.util.Map<String, String> existingUsers(java.util.Collection<String> userIds);

  /**
   * Creates these users, with their groups and addresses, together (a roster's thousands in one
   * batch); with the organisation's directory (read-only), nothing.
   */
  void createUsers(java.util.List<NewUser> users);

  /** A user to create: the password is set as given (null: none), the e-mail address may be null. */
  record NewUser(String userId, String displayName, String password, java.util.List<String> groupIds, String email) {}

  /** The e-mail addresses of those of these users who have one, by user id. */
  java.util.Map<String, String> emailsOf(java.util.Collection<String> userIds);
}
