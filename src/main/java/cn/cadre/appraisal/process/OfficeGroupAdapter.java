package cn.cadre.appraisal.process;

import cn.cadre.appraisal.verification.OfficeGroupSetup;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** A newly registered office's group, set up like the appraisal groups (Tasklist, filters). */
@Component
class OfficeGroupAdapter implements OfficeGroupSetup {

  private final AccessSetup access;
  private final IdentityService identity;

  OfficeGroupAdapter(AccessSetup access, IdentityService identity) {
    this.access = access;
    this.identity = identity;
  }

  @Override
  public void ensure(String groupId, String name) {
    // the application sets the group up, not the registering user: they need no right to create groups
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      access.taskGroup(groupId, name);
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
