package cn.cadre.appraisal.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.junit.jupiter.api.Test;

/** The engine's refusals in Chinese: the user, what they lack, and a hint that fits the resource. */
class DeniedInChineseTest {

  @Test
  void aTaskRefusalNamesThePermissionAndWhoMayWorkTheTask() {
    AuthorizationException denied = DeniedInChinese.of(new AuthorizationException("az-od",
        List.of(new MissingAuthorization("TASK_WORK", "Task", "t-1"))));
    assertThat(denied.getMessage()).isEqualTo(
        "无权执行此操作：用户“az-od”没有任务 t-1的“办理”的权限。任务只能由其办理人或候选人办理；如需调整，请联系组织部");
    assertThat(denied.getUserId()).isEqualTo("az-od");
    assertThat(denied.getMissingAuthorizations()).hasSize(1);
  }

  @Test
  void anotherRefusalDoesNotTalkAboutTasks() {
    AuthorizationException denied = DeniedInChinese.of(new AuthorizationException("c1",
        List.of(new MissingAuthorization("READ", "Deployment", "*"))));
    assertThat(denied.getMessage()).isEqualTo("无权执行此操作：用户“c1”没有流程部署的“查看”的权限。如需此权限，请联系系统管理员");
  }

  @Test
  void aRefusalTheApplicationWordedItselfPassesUnchanged() {
    AuthorizationException own = new AuthorizationException("流程中的任务不能删除");
    assertThat(DeniedInChinese.of(own)).isSameAs(own);
  }
}
