package cn.cadre.appraisal.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricFormField;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The engine settings that operations rely on (README, "Operations") reach the running engine. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EngineSettingsTest {

  @Autowired ProcessEngine engine;

  @Test
  void aDeadNodesJobsRunAgainAfterOneMinute() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getJobExecutor().getLockTimeInMillis()).isEqualTo(60_000);
  }

  @Test
  void decisionTablesAreEvaluatedByTheCachingFeelEngine() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getDmnEngineConfiguration().getFeelEngine().getClass().getSimpleName())
        .isEqualTo("CachedFeelEngine");
    assertThat(engine.getDecisionService().evaluateDecisionTableByKey("TeamGradeCap")
        .variables(Map.of("unitGrade", "GOOD")).evaluate().getResultList()).isNotEmpty();
  }

  /**
   * History keeps each variable's last value (also of a variable removed with its scope), not a row
   * per write (appraisal.history.variable-details, default false); what a user submits in a form
   * (a row per field, with the task), tasks and activities as before.
   */
  @Test
  void historyKeepsEachVariablesLastValue_notEveryWrite() {
    String deployment = engine.getRepositoryService().createDeployment().addModelInstance("variable-history-probe.bpmn",
        Bpmn.createExecutableProcess("VariableHistoryProbe").camundaHistoryTimeToLive(1).startEvent()
            .userTask("Task_Probe").endEvent().done()).deploy().getId();
    try {
      RuntimeService runtime = engine.getRuntimeService();
      String instance = runtime.startProcessInstanceByKey("VariableHistoryProbe",
          Variables.createVariables().putValue("comment", "初稿").putValue("draft", "草稿")).getId();
      runtime.setVariable(instance, "comment", "定稿");
      runtime.removeVariable(instance, "draft");
      // as Tasklist submits a form
      engine.getFormService().submitTaskForm(engine.getTaskService().createTaskQuery().processInstanceId(instance)
          .singleResult().getId(), Variables.createVariables().putValue("comment", "已办"));

      HistoryService history = engine.getHistoryService();
      assertThat(history.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().count()).isZero();
      assertThat(history.createHistoricDetailQuery().processInstanceId(instance).formFields().list())
          .as("what the user submitted, with the task").singleElement()
          .satisfies(d -> assertThat(d.getTaskId()).isNotNull())
          .extracting(d -> ((HistoricFormField) d).getFieldId() + "=" + ((HistoricFormField) d).getFieldValue())
          .isEqualTo("comment=已办");
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).includeDeleted().list())
          .extracting(v -> v.getName() + "=" + v.getValue() + " " + v.getState())
          .containsExactlyInAnyOrder("comment=已办 CREATED", "draft=草稿 DELETED");
      assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance).finished().count()).isEqualTo(1);
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count()).isEqualTo(1);
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment, true);
    }
  }

  @Test
  void logLinesCarryTheBusinessKey_andRefusalsAreNotLoggedAsErrors() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getLoggingContextBusinessKey()).isEqualTo("businessKey");
    assertThat(configuration.getLoggingContextActivityId()).isEqualTo("activityId");
    assertThat(configuration.isEnableCmdExceptionLogging()).isFalse();
  }

  @Test
  void authorizationsAreOnAndObjectsAreDeserializedOnlyAsTheApplicationsTypes() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.isAuthorizationEnabled()).isTrue();
    assertThat(configuration.isDeserializationTypeValidationEnabled()).isTrue();
    assertThat(configuration.getDeserializationTypeValidator().validate("java.util.ArrayList")).isTrue();
    assertThat(configuration.getDeserializationTypeValidator().validate("java.util.Date")).isFalse();
    assertThat(configuration.getDeserializationTypeValidator().validate("org.springframework.context.support.FileSystemXmlApplicationContext"))
        .isFalse();
  }
  /**
   * History does not grow without bound: every model keeps its history five years after its end
   * (removal-time based), the cleanup job is scheduled for the night window, and an entry past its
   * removal time is really removed when the job runs.
   */
  @Test
  void historyPastItsRemovalTimeIsCleanedUpInTheNightWindow() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().list())
        .isNotEmpty().allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isNotNull().isPositive());
    assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().list())
        .isNotEmpty().allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isNotNull().isPositive());
    HistoryService history = engine.getHistoryService();
    assertThat(history.findHistoryCleanupJobs()).as("scheduled at start").isNotEmpty();

    engine.getDecisionService().evaluateDecisionTableByKey("TeamGradeCap").variables(Map.of("unitGrade", "GOOD")).evaluate();
    HistoricDecisionInstance evaluated = history.createHistoricDecisionInstanceQuery().decisionDefinitionKey("TeamGradeCap")
        .orderByEvaluationTime().desc().listPage(0, 1).get(0);
    assertThat(evaluated.getRemovalTime()).as("kept for the model's time to live")
        .isAfter(Date.from(Instant.now().plus(Duration.ofDays(1824))));
    HistoricDecisionInstance kept = history.createHistoricDecisionInstanceQuery().decisionDefinitionKey("TeamGradeCap")
        .orderByEvaluationTime().asc().listPage(0, 1).get(0);

    // as if its five years had passed
    history.setRemovalTimeToHistoricDecisionInstances().absoluteRemovalTime(Date.from(Instant.now().minus(Duration.ofDays(1))))
        .byIds(evaluated.getId()).executeAsync();
    await().atMost(Duration.ofSeconds(60)).until(() -> history.createHistoricDecisionInstanceQuery()
        .decisionInstanceId(evaluated.getId()).singleResult().getRemovalTime().before(new Date()));
    history.cleanUpHistoryAsync(true);
    await().atMost(Duration.ofSeconds(60)).until(() -> history.createHistoricDecisionInstanceQuery()
        .decisionInstanceId(evaluated.getId()).count() == 0);
    if (!kept.getId().equals(evaluated.getId())) {
      assertThat(history.createHistoricDecisionInstanceQuery().decisionInstanceId(kept.getId()).count())
          .as("history within its time is kept").isEqualTo(1);
    }
  }
}
