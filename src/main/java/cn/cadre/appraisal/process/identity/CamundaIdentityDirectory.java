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
  private final org.camunda.bpm.engine.ProcessEngineConfiguration engine;

  CamundaIdentityDirectory(IdentityService identity, org.camunda.bpm.engine.ProcessEngineConfiguration engine) {
    this.identity = identity;
    this.engine = engine;
  }

  @Override
  public java.util.Map<String, String> existingUsers(java.util.Collection<String> userIds) {
    java.util.Map<String, String> found = new java.util.HashMap<>();
    java.util.List<String> ids = userIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    for (int from = 0; from < ids.size(); from += 500) {
      String[] slice = ids.subList(from, Math.min(ids.size(), from + 500)).toArray(String[]::new);
      for (User user : identity.createUserQuery().userIdIn(slice).list()) {
        found.put(user.getId(), user.getEmail() == null ? "" : user.getEmail());
      }
    }
    return found;
  }

  /**
   * One engine command for all: the engine flushes its inserts at the command's end, in JDBC batches,
   * instead of a command (and a round trip or two) per user and membership.
   */
  @Override
  public void createUsers(java.util.List<NewUser> users) {
    if (identity.isReadOnly() || users.isEmpty()) {
      return;
    }
    ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine).getCommandExecutorTxRequired()
        .execute(commandContext -> {
          for (NewUser u : users) {
            User user = identity.newUser(u.userId());
            user.setFirstName(u.displayName());
            user.setLastName("");
            user.setPassword(u.password());
            user.setEmail(u.email());
            identity.saveUser(user);
            u.groupIds().forEach(group -> identity.createMembership(u.userId(), group));
          }
          return null;
        });
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
