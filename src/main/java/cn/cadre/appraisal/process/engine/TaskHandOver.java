package cn.cadre.appraisal.process.engine;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.AddGroupIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AddUserIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskOwnerCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * A task's assignee or candidate may take it and give it back, but not hand it to someone else:
 * Camunda's default task permission would let a cadre pass their self-report, or a team member an
 * interview, to any user, who would then read it. Assigning to another user, delegating, setting an
 * owner or adding candidates is left to the organisation department and administrators.
 */
final class TaskHandOver {

  private TaskHandOver() {}

  static void check(Command<?> command, Authentication user) {
    if (TaskQueries.mayQueryVariables(user)) {
      return;
    }
    boolean toSomeoneElse = false;
    if (command instanceof AssignTaskCmd || command instanceof ClaimTaskCmd) {
      String to = Fields.read(command, "userId");
      toSomeoneElse = to != null && !to.equals(user.getUserId());
    } else if (command instanceof DelegateTaskCmd || command instanceof SetTaskOwnerCmd
        || command instanceof AddUserIdentityLinkCmd || command instanceof AddGroupIdentityLinkCmd) {
      toSomeoneElse = true;
    }
    if (toSomeoneElse) {
      throw new AuthorizationException("任务只能由本人认领、办理或退回，不能转交、委托给他人或增加候选人（如需调整，请联系组织部）");
    }
  }
}
