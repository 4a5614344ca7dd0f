package cn.cadre.appraisal.process.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.campaign.CampaignService;
import cn.cadre.appraisal.campaign.StartCampaign;
import cn.cadre.appraisal.evaluation.EvaluationService;
import cn.cadre.appraisal.evaluation.Votes;
import cn.cadre.appraisal.grading.GradingService;
import cn.cadre.appraisal.organisation.CadreRole;
import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.organisation.UnitCategory;
import cn.cadre.appraisal.process.unitappraisal.UnitAppraisalProcess;
import cn.cadre.appraisal.shared.AppraisalGroup;
import cn.cadre.appraisal.shared.Grade;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * What docs/process-owners.md walks a process owner through, done on the running application: in a
 * copy of processes/ the self-report task gets a new label and 优秀 a higher political-score threshold
 * (90 → 95); the model check finds nothing wrong; the copy is deployed; a round opened afterwards shows
 * the new label and applies the new threshold, while the round that was already running keeps the old
 * label and the old threshold. The project's own models are deployed again at the end, so the tests
 * after this one run on them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProcessOwnerWalkthroughTest {

  private static final String OLD_LABEL = "填写述职述廉报告";
  private static final String NEW_LABEL = "撰写个人述职述廉报告";

  @Autowired cn.cadre.appraisal.campaign.CampaignProgress roundProgress;
  @Autowired ApplicationContext context;
  @Autowired RepositoryService repository;
  @Autowired TaskService tasks;
  @Autowired OrganisationService organisation;
  @Autowired CampaignService campaigns;
  @Autowired EvaluationService evaluation;
  @Autowired GradingService grading;
  @TempDir Path root;

  @Test
  void aLabelAndAThresholdChanged_applyToTheNextRound_theRunningRoundKeepsItsOwn() throws Exception {
    organisation.registerUnit("ow-home", "流程负责人演练组织部", UnitCategory.DEPARTMENT, null);
    organisation.registerUnit("ow-u", "流程负责人演练局", UnitCategory.DEPARTMENT, null);
    organisation.registerCadre("ow-c1", "演练干部", "局长", CadreRole.PRINCIPAL, "ow-u", "ow-c1",
        LocalDate.of(1976, 3, 1), "ow-pw-12345");
    organisation.registerStaff("ow-tm", "演练考核组成员", "ow-home", List.of(AppraisalGroup.APPRAISAL_TEAM.id()),
        "ow-pw-12345");

    // a round is running on the models as they are
    long running = open(2082);
    Thread.sleep(1_100); // deployments and rounds' openings are compared in time; a database may keep whole seconds

    // the process owner edits a copy in Camunda Modeler: a label, and a threshold in a decision table
    ModelFolders copy = ModelFolders.copyOfProject(root);
    copy.edit(copy.processes().resolve("unit-appraisal.bpmn"),
        "id=\"Task_SelfReport\" name=\"" + OLD_LABEL + "\"", "id=\"Task_SelfReport\" name=\"" + NEW_LABEL + "\"");
    Path rules = copy.processes().resolve("grade-proposal.dmn");
    copy.edit(rules, "<text>&lt; 90</text>", "<text>&lt; 95</text>");
    copy.edit(rules, "<text>&gt;= 90</text>", "<text>&gt;= 95</text>");
    copy.edit(rules, "\"政治素质测评低于90分，不能评为优秀\"", "\"政治素质测评低于95分，不能评为优秀\"");

    // the check (./mvnw -Pcheck-models test runs it on processes/) finds nothing wrong with the copy
    assertThat(ModelContract.problems(copy.processes().toFile(), copy.forms().toFile(), context::containsBean))
        .isEmpty();

    try {
      // deployed: exactly the two changed files become new versions
      DeploymentReport report = new ProcessFolderDeployer(repository, copy.properties()).deployChanged();
      assertThat(report.rejected()).isEmpty();
      assertThat(report.deployed()).hasSize(5).allMatch(line -> line.startsWith("processes/unit-appraisal.bpmn")
          || line.startsWith("processes/grade-proposal.dmn"));
      Thread.sleep(1_100);

      // a new round: the new label, the new threshold
      long next = open(2083);
      assertThat(selfReportName(running)).startsWith(OLD_LABEL);
      assertThat(selfReportName(next)).startsWith(NEW_LABEL);

      for (long round : List.of(running, next)) {
        evaluation.recordCadreTally(round, "ow-c1", new Votes(19, 1, 0, 0), new BigDecimal("92"), "ow-od");
      }
      GradingService.CadreDecision old = grading.proposeCadre(running, "ow-u", "ow-c1");
      GradingService.CadreDecision changed = grading.proposeCadre(next, "ow-u", "ow-c1");
      assertThat(old.grade()).as("the running round, by the rules it opened with").isEqualTo(Grade.EXCELLENT);
      assertThat(changed.grade()).as("the next round, by the changed table").isNotEqualTo(Grade.EXCELLENT);
      assertThat(changed.reason()).contains("政治素质测评低于95分，不能评为优秀");
    } finally {
      // the project's models again, as the next tests expect them
      new ProcessFolderDeployer(repository,
          new DeploymentProperties(Path.of("processes"), Path.of("forms"), false, 2000)).deployChanged();
    }
  }

  private long open(int year) {
    return cn.cadre.appraisal.support.RoundStart.awaitStarted(roundProgress, campaigns.start(new StartCampaign(year, null,
        List.of("ow-u"), null, null, null,
        List.of(new StartCampaign.TeamAssignment("演练考核组", List.of("ow-tm"), List.of("ow-u"))), null), "ow-od").getId());
  }

  private String selfReportName(long campaignId) {
    int year = campaigns.campaign(campaignId).getYear();
    return tasks.createTaskQuery().taskDefinitionKey(UnitAppraisalProcess.TASK_SELF_REPORT).taskAssignee("ow-c1")
        .list().stream().filter(t -> businessKeyYear(t.getProcessInstanceId()) == year).findFirst().orElseThrow().getName();
  }

  private int businessKeyYear(String processInstanceId) {
    String key = context.getBean(org.camunda.bpm.engine.RuntimeService.class).createProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult().getBusinessKey();
    return Integer.parseInt(key.substring(0, 4));
  }
}
