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

  private final DecisionService decisions;
  private final CommandExecutor commands;

  SystemDecisions(DecisionService decisions, ProcessEngine engine) {
    this.decisions = decisions;
    this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
  }

  /** The one matching rule's outputs; a table that matches no rule is a model error. */
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
