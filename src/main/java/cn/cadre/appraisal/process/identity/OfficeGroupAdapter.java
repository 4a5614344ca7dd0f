package cn.cadre.appraisal.process.identity;

import cn.cadre.appraisal.process.AsApplication;
import cn.cadre.appraisal.verification.OfficeGroupSetup;
import org.springframework.stereotype.Component;

/** A newly registered office's group, set up like the appraisal groups (Tasklist, filters). */
@Component
class OfficeGroupAdapter implements OfficeGroupSetup {

  private final AccessSetup access;
  private final AsApplication application;

  OfficeGroupAdapter(AccessSetup access, AsApplication application) {
    this.access = access;
    this.application = application;
  }

  @Override
  public void ensure(String groupId, String name) {
    // the application sets the group up, not the registering user: they need no right to create groups
    application.call(() -> {
      access.taskGroup(groupId, name);
      return null;
    });
  }
}
