package cn.cadre.appraisal.process.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.junit.jupiter.api.Test;

/** The setting appraisal.history.variable-details chooses the engine's history handler. */
class VariableHistoryPluginTest {

  @Test
  void byDefaultCamundasDatabaseHandlerWithoutDetails_replacesTheDefaultOne_andKeepsOtherHandlers() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    HistoryEventHandler another = new DbHistoryEventHandler();
    configuration.setCustomHistoryEventHandlers(new ArrayList<>(List.of(another)));

    new VariableHistoryPlugin(false).preInit(configuration);

    assertThat(configuration.isEnableDefaultDbHistoryEventHandler()).isFalse();
    assertThat(configuration.getCustomHistoryEventHandlers()).hasSize(2);
    assertThat(configuration.getCustomHistoryEventHandlers().get(0))
        .isInstanceOf(VariableHistoryPlugin.WithoutVariableDetails.class);
    assertThat(configuration.getCustomHistoryEventHandlers().get(1)).isSameAs(another);
  }

  @Test
  void withVariableDetailsCamundasDefaultHandlerStays() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();

    new VariableHistoryPlugin(true).preInit(configuration);

    assertThat(configuration.isEnableDefaultDbHistoryEventHandler()).isTrue();
    assertThat(configuration.getCustomHistoryEventHandlers()).isNullOrEmpty();
  }
}
