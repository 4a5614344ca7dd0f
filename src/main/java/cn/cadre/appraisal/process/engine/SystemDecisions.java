package cn.cadre.appraisal.process.engine;

import java.util.function.Supplier;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * The process owners' decision tables (latest deployed version) evaluated as system work: inside a
 * task's command or from a request of the application's own API, the inputs come from the domain, not
 * from the user whose action needs them, so the evaluation runs without that user's authorizations.
 */
@Component
public class SystemDecisions {

  private static final org.camunda.bpm.dmn.engine.DmnEngine LOOKUPS =
      org.camunda.bpm.dmn.engine.DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private final DecisionService decisions;
  private final CommandExecutor commands;

  SystemDecisions(DecisionService decisions, ProcessEngine engine) {
    this.decisions = decisions;
    this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
  }

  /**
   * A lookup in a table (a cap, a share, a weight): evaluated by the DMN engine on the latest deployed
   * definition without writing decision history, so that it may run in a read-only transaction (MySQL
   * refuses writes there) and a page that looks up every unit's quota does not fill the history.
   */
  public DmnDecisionRuleResult lookup(String decisionKey, VariableMap inputs) {
    Supplier<DmnDecisionRuleResult> evaluation = () -> {
      var configuration = org.camunda.bpm.engine.impl.context.Context.getProcessEngineConfiguration();
      var definition = configuration.getDeploymentCache().findDeployedLatestDecisionDefinitionByKey(decisionKey);
      // the engine's own DMN engine records history: a plain one evaluates the deployed table
      var result = LOOKUPS.evaluateDecisionTable((org.camunda.bpm.dmn.engine.DmnDecision) definition, inputs);
      if (result.isEmpty()) {
        throw new IllegalStateException("Decision " + decisionKey + " matched no rule for " + inputs);
      }
      return result.getSingleResult();
    };
    return ApplicationCalls.run(() -> commands.execute(
        (CommandContext command) -> command.runWithoutAuthorization(evaluation::get)));
  }

  /** The one matching rule's outputs, recorded in the decision history; a table that matches no rule is a model error. */
  public DmnDecisionRuleResult evaluate(String decisionKey, VariableMap inputs) {
    Supplier<DmnDecisionRuleResult> evaluation = () -> {
      var result = decisions.evaluateDecisionTableByKey(decisionKey, inputs);
      if (result.isEmpty()) {
        throw new IllegalStateException("Decision " + decisionKey + " matched no rule for " + inputs);
      }
      return result.getSingleResult();
    };
    return ApplicationCalls.run(() -> commands.execute(
        (CommandContext command) -> command.runWithoutAuthorization(evaluation::get)));
  }
}
