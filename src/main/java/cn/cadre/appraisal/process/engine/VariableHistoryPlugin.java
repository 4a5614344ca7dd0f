package cn.cadre.appraisal.process.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * History level {@code full}, without Camunda's row in ACT_HI_DETAIL for every write of a process
 * variable (appraisal.history.variable-details, default false). Those rows were the largest table of
 * a round's history (86 per cadre: the multi-instance counters, each form field's empty placeholder,
 * the value, its removal when the cadre's scope ends); without them a task writes 24 rows fewer and
 * the history takes over a third less space (docs/performance.md).
 * What users and auditors rely on stays: what a user submitted in each form (Camunda's form-field
 * rows, with the task), each variable's last value (ACT_HI_VARINST, kept when the variable is
 * removed), every task, activity, decision, incident, job and user operation, and in the application's
 * own tables every report, review, score and grade change with who made it. true writes Camunda's
 * rows again, from then on.
 */
@Component
public class VariableHistoryPlugin extends AbstractProcessEnginePlugin {

  private final boolean variableDetails;

  public VariableHistoryPlugin(@Value("${appraisal.history.variable-details:false}") boolean variableDetails) {
    this.variableDetails = variableDetails;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (variableDetails) {
      return;
    }
    // Camunda's own database handler, less the detail rows, in place of the default one; handlers
    // another plugin added still run after it
    List<HistoryEventHandler> handlers = new ArrayList<>();
    handlers.add(new WithoutVariableDetails());
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  static final class WithoutVariableDetails extends DbHistoryEventHandler {

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity historyEvent) {
      return false;
    }
  }
}
