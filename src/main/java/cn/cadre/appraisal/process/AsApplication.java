package cn.cadre.appraisal.process;

import cn.cadre.appraisal.process.engine.ApplicationCalls;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs an engine call as the application rather than the signed-in user: for reads and messages the
 * domain has already allowed (a team member deciding on their unit's reports needs no rights on
 * process instances). The caller's authentication is restored afterwards.
 */
@Component
public class AsApplication {

  private final IdentityService identity;

  AsApplication(IdentityService identity) {
    this.identity = identity;
  }

  public <T> T call(Supplier<T> call) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return ApplicationCalls.run(call);
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
