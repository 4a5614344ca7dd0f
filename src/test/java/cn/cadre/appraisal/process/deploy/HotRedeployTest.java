package cn.cadre.appraisal.process.deploy;

import cn.cadre.appraisal.process.unitappraisal.UnitAppraisalProcess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.cadre.appraisal.support.OwnJvm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running application watches its model folders: a saved change becomes a new process version
 * within seconds, a file that does not parse is rejected with a log line naming it while the
 * previous version keeps running, and a new model without historyTimeToLive still deploys.
 */
@Tag(OwnJvm.TAG)
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(OrderAnnotation.class)
class HotRedeployTest {

  private static final ModelFolders FOLDERS = ModelFolders.copyOfProject(tempDir());
  private static final Path MODEL = FOLDERS.processes().resolve("unit-appraisal.bpmn");
  private static final Duration WITHIN = Duration.ofSeconds(15);

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;

  @DynamicPropertySource
  static void watchTheScratchFolders(DynamicPropertyRegistry registry) {
    registry.add("appraisal.deployment.processes-dir", () -> FOLDERS.processes().toString());
    registry.add("appraisal.deployment.forms-dir", () -> FOLDERS.forms().toString());
    registry.add("appraisal.deployment.watch", () -> "true");
    registry.add("appraisal.deployment.watch-interval-ms", () -> "300");
  }

  @Test
  @Order(1)
  void savedChangeIsRedeployedAsANewVersionWithinSeconds(CapturedOutput log) throws IOException {
    assertThat(latest(UnitAppraisalProcess.KEY).getVersion()).isEqualTo(1);

    FOLDERS.edit(MODEL, "name=\"单位考核\"", "name=\"单位年度考核（修订）\"");

    await().atMost(WITHIN).until(() -> latest(UnitAppraisalProcess.KEY).getVersion() == 2);
    assertThat(latest(UnitAppraisalProcess.KEY).getName()).isEqualTo("单位年度考核（修订）");
    await().atMost(WITHIN).until(() ->
        log.getOut().contains("Deployed processes/unit-appraisal.bpmn: process UnitAppraisalProcess version 2"));
  }

  @Test
  @Order(2)
  void brokenFileIsRejectedWithALogLine_andThePreviousVersionKeepsRunning(CapturedOutput log) throws IOException {
    FOLDERS.edit(MODEL, "</bpmn:process>", "");

    await().atMost(WITHIN).until(() -> log.getOut().contains("Rejected processes/unit-appraisal.bpmn"));
    assertThat(latest(UnitAppraisalProcess.KEY).getVersion()).isEqualTo(2);
    // the running version still executes
    String started = runtime.createProcessInstanceByKey(UnitAppraisalProcess.KEY)
        .startBeforeActivity(UnitAppraisalProcess.END_EVENT_UNIT_ANALYSED).execute().getProcessDefinitionId();
    assertThat(started).isEqualTo(latest(UnitAppraisalProcess.KEY).getId());
  }

  @Test
  @Order(3)
  void newModelWithoutHistoryTimeToLiveStillDeploys() throws IOException {
    Files.writeString(FOLDERS.processes().resolve("owner-draft.bpmn"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_Draft"
                          targetNamespace="http://cadre.cn/appraisal">
          <bpmn:process id="OwnerDraftProcess" name="草稿流程" isExecutable="true">
            <bpmn:startEvent id="StartEvent_Draft" />
          </bpmn:process>
        </bpmn:definitions>
        """);

    await().atMost(WITHIN).until(() -> latest("OwnerDraftProcess") != null);
    assertThat(latest("OwnerDraftProcess").getHistoryTimeToLive()).isEqualTo(1825);
  }

  private ProcessDefinition latest(String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
  }

  private static Path tempDir() {
    try {
      Path dir = Files.createTempDirectory("hot-redeploy");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
