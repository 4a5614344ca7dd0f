package cn.cadre.appraisal.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
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
  void authorizationsAreOnAndObjectsAreDeserializedOnlyAsTheApplicationsTypes() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.isAuthorizationEnabled()).isTrue();
    assertThat(configuration.isDeserializationTypeValidationEnabled()).isTrue();
    assertThat(configuration.getDeserializationTypeValidator().validate("java.util.ArrayList")).isTrue();
    assertThat(configuration.getDeserializationTypeValidator().validate("java.util.Date")).isFalse();
    assertThat(configuration.getDeserializationTypeValidator().validate("org.springframework.context.support.FileSystemXmlApplicationContext"))
        .isFalse();
  }
}
