package cn.cadre.appraisal.process.deploy;

import cn.cadre.appraisal.process.unitappraisal.UnitAppraisalProcess;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The deployer on a real engine: stable names, duplicate filtering, forms travelling with their
 * process, and rejection of files that do not parse while the previous version keeps running.
 */
@ExtendWith({ProcessEngineExtension.class, OutputCaptureExtension.class})
class ProcessFolderDeployerTest {

  private static final String MODEL = "unit-appraisal.bpmn";

  ProcessEngine engine;
  private RepositoryService repository;
  @TempDir Path root;
  private ModelFolders folders;

  @BeforeEach
  void copyFolders() {
    repository = engine.getRepositoryService();
    folders = ModelFolders.copyOfProject(root);
  }

  @AfterEach
  void removeDeployments() {
    repository.createDeploymentQuery().deploymentSource(ProcessFolderDeployer.SOURCE).list()
        .forEach(d -> repository.deleteDeployment(d.getId(), true));
  }

  @Test
  void everyFileInTheProjectFoldersParsesAndDeploys() {
    DeploymentReport report = new ProcessFolderDeployer(repository,
        new DeploymentProperties(Path.of("processes"), Path.of("forms"), false, 2000)).deployChanged();

    assertThat(report.rejected()).as("rejected files").isEmpty();
    assertThat(report.deployed()).contains("processes/unit-appraisal.bpmn: process UnitAppraisalProcess version 1");
    List<String> deployedNames = repository.createDeploymentQuery().deploymentSource(ProcessFolderDeployer.SOURCE)
        .list().stream()
        .flatMap(d -> repository.getDeploymentResources(d.getId()).stream()).map(Resource::getName).toList();
    assertThat(deployedNames).containsAll(projectFiles("processes")).containsAll(projectFiles("forms"));
  }

  @Test
  void processIsDeployedWithTheFormsItReferences_underStableNames() {
    new ProcessFolderDeployer(repository, folders.properties()).deployChanged();

    Deployment deployment = latestDeployment();
    assertThat(repository.getDeploymentResourceNames(deployment.getId()))
        .contains(MODEL, "self-report.form", "review-self-reports.form", "comprehensive-analysis.form")
        .as("forms of other processes stay out").doesNotContain("calibration.form", "appraisal-campaign.bpmn");
  }

  @Test
  void unchangedFilesMakeNoNewVersion_evenAfterARestart() {
    new ProcessFolderDeployer(repository, folders.properties()).deployChanged();
    DeploymentReport again = new ProcessFolderDeployer(repository, folders.properties()).deployChanged();

    assertThat(again.deployed()).isEmpty();
    assertThat(latestDefinition().getVersion()).isEqualTo(1);
    assertThat(repository.createDeploymentQuery().deploymentName(MODEL).count()).isEqualTo(1);
  }

  @Test
  void changedModelIsDeployedAsANewVersion(CapturedOutput log) throws Exception {
    ProcessFolderDeployer deployer = new ProcessFolderDeployer(repository, folders.properties());
    deployer.deployChanged();
    folders.edit(folders.processes().resolve(MODEL), "name=\"单位考核\"", "name=\"单位年度考核\"");

    DeploymentReport report = deployer.deployChanged();

    assertThat(report.deployed()).containsExactly("processes/unit-appraisal.bpmn: process UnitAppraisalProcess version 2");
    assertThat(latestDefinition().getName()).isEqualTo("单位年度考核");
    assertThat(log.getOut()).contains("Deployed processes/unit-appraisal.bpmn: process UnitAppraisalProcess version 2");
  }

  @Test
  void changedFormBringsANewVersionOfTheProcessThatShowsIt() throws Exception {
    ProcessFolderDeployer deployer = new ProcessFolderDeployer(repository, folders.properties());
    deployer.deployChanged();
    folders.edit(folders.forms().resolve("self-report.form"), "述职述廉报告正文", "述职述廉报告全文");

    deployer.deployChanged();

    assertThat(latestDefinition().getVersion()).isEqualTo(2);
    String form = new String(repository.getResourceAsStream(latestDeployment().getId(), "self-report.form").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    assertThat(form).contains("述职述廉报告全文");
  }

  @Test
  void malformedXmlIsRejectedWithTheFileNamed_andThePreviousVersionKeepsRunning(CapturedOutput log) throws Exception {
    ProcessFolderDeployer deployer = new ProcessFolderDeployer(repository, folders.properties());
    deployer.deployChanged();
    folders.edit(folders.processes().resolve(MODEL), "</bpmn:process>", "");

    DeploymentReport report = deployer.deployChanged();

    assertThat(report.rejected()).containsKey("processes/unit-appraisal.bpmn");
    assertThat(log.getOut()).contains("Rejected processes/unit-appraisal.bpmn");
    assertThat(latestDefinition().getVersion()).isEqualTo(1);
    assertThat(deployer.deployChanged().rejected()).as("an unchanged broken file is reported once").isEmpty();
  }

  @Test
  void modelTheEngineCannotExecuteIsRejected_andThePreviousVersionKeepsRunning(CapturedOutput log) throws Exception {
    ProcessFolderDeployer deployer = new ProcessFolderDeployer(repository, folders.properties());
    deployer.deployChanged();
    folders.edit(folders.processes().resolve(MODEL),
        "camunda:collection=\"${cadreUserIds}\"", "camunda:collection=\"${cadreUserIds\"");

    DeploymentReport report = deployer.deployChanged();

    assertThat(report.rejected().get("processes/unit-appraisal.bpmn")).contains("cadreUserIds");
    assertThat(log.getOut()).contains("Rejected processes/unit-appraisal.bpmn");
    assertThat(latestDefinition().getVersion()).isEqualTo(1);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void processReferencingAMissingFormIsRejected() throws Exception {
    Files.delete(folders.forms().resolve("review-self-reports.form"));

    DeploymentReport report = new ProcessFolderDeployer(repository, folders.properties()).deployChanged();

    assertThat(report.rejected().get("processes/unit-appraisal.bpmn")).contains("review-self-reports");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(UnitAppraisalProcess.KEY).count()).isZero();
  }

  @Test
  void formThatIsNotJsonIsRejected() throws Exception {
    Files.writeString(folders.forms().resolve("broken.form"), "{ not json");

    DeploymentReport report = new ProcessFolderDeployer(repository, folders.properties()).deployChanged();

    assertThat(report.rejected()).containsKey("forms/broken.form");
    assertThat(report.rejected()).doesNotContainKey("processes/unit-appraisal.bpmn");
  }

  private ProcessDefinition latestDefinition() {
    return repository.createProcessDefinitionQuery().processDefinitionKey(UnitAppraisalProcess.KEY)
        .latestVersion().singleResult();
  }

  private Deployment latestDeployment() {
    return repository.createDeploymentQuery().deploymentName(MODEL).orderByDeploymentTime().desc().list().get(0);
  }

  private static List<String> projectFiles(String folder) {
    try (var files = Files.list(Path.of(folder))) {
      return files.map(p -> p.getFileName().toString()).filter(ModelFiles::isModel).toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
