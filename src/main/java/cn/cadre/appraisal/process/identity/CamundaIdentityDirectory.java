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
}
