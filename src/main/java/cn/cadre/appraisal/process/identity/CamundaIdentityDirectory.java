package cn.cadre.appraisal.process.identity;

import cn.cadre.appraisal.shared.AppraisalGroup;
import cn.cadre.appraisal.organisation.IdentityDirectory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Users and memberships live in Camunda's identity tables, so Tasklist logins are the app's logins. */
@Component
class CamundaIdentityDirectory implements IdentityDirectory {

  private final IdentityService identity;

  CamundaIdentityDirectory(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public boolean exists(String userId) {
    return identity.createUserQuery().userId(userId).count() > 0;
  }

  @Override
  public boolean managesUsers() {
    return !identity.isReadOnly();
  }

  @Override
  public void ensureUser(String userId, String displayName, String initialPassword) {
    // with the organisation's directory (read-only), its users and groups are its own
    if (identity.isReadOnly() || identity.createUserQuery().userId(userId).count() > 0) {
      return;
    }
    User user = identity.newUser(userId);
    user.setFirstName(displayName);
    user.setLastName("");
    user.setPassword(initialPassword);
    identity.saveUser(user);
  }

  @Override
  public void ensureMembership(String userId, String groupId) {
    if (identity.isReadOnly()) {
      return;
    }
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(userId, groupId);
    }
  }

  @Override
  public java.util.List<String> membersOf(String groupId) {
    return identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
        .map(org.camunda.bpm.engine.identity.User::getId).toList();
  }

  @Override
  public void setEmail(String userId, String email) {
    if (identity.isReadOnly()) {
      return;
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user != null && !java.util.Objects.equals(user.getEmail(), email)) {
      user.setEmail(email);
      identity.saveUser(user);
    }
  }

  @Override
  public java.util.Map<String, String> emailsOf(java.util.Collection<String> userIds) {
    java.util.Map<String, String> emails = new java.util.HashMap<>();
    java.util.List<String> ids = userIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    // in slices: a query's IN list stays short whatever the recipients' number
    for (int from = 0; from < ids.size(); from += 500) {
      String[] slice = ids.subList(from, Math.min(ids.size(), from + 500)).toArray(String[]::new);
      for (User user : identity.createUserQuery().userIdIn(slice).list()) {
        if (user.getEmail() != null && !user.getEmail().isBlank()) {
          emails.put(user.getId(), user.getEmail().strip());
        }
      }
    }
    return emails;
  }
}
