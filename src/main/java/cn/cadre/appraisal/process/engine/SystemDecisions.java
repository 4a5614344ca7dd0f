package cn.cadre.appraisal.process.engine;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * The process owners' decision tables evaluated as system work: inside a task's command or from a
 * request of the application's own API, the inputs come from the domain, not from the user whose
 * action needs them, so the evaluation runs without that user's authorizations. A table is taken
 * either as last deployed or as it stood at a moment (a round's opening), so that a table changed in
 * the middle of a round applies to the next round, not to half of this one.
 */
@Component
public class SystemDecisions {

  private static final org.camunda.bpm.dmn.engine.DmnEngine LOOKUPS = lookupEngine();

  private final DecisionService decisions;
  private final RepositoryService repository;
  private final CommandExecutor commands;
  /** Deployment times by deployment id: a deployment's time never changes. */
  private final Map<String, Date> deployedAt = new ConcurrentHashMap<>();
  private final Map<String, String> asOfDefinitions = new ConcurrentHashMap<>();
  /** Lookups' answers ({@link #lookupKey}); a bound the tables' few inputs never reach, past it they start again. */
  private final Map<String, DmnDecisionRuleResult> lookups = new ConcurrentHashMap<>();
  static final int MAX_LOOKUPS = 10_000;

  SystemDecisions(DecisionService decisions, RepositoryService repository, ProcessEngine engine) {
    this.decisions = decisions;
    this.repository = repository;
    this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
  }

  /**
   * The one matching rule's outputs of the table as it stood at {@code asOf}: its last version
   * deployed then, or its first version when none was (a round opened before the table existed,
   * or a clock set back), recorded in the decision history.
   */
  public DmnDecisionRuleResult evaluate(String decisionKey, VariableMap inputs, Instant asOf) {
    Supplier<DmnDecisionRuleResult> evaluation = () -> single(decisionKey, inputs,
        decisions.evaluateDecisionTableById(definitionAsOf(decisionKey, asOf), inputs));
    return ApplicationCalls.run(() -> commands.execute(
        (CommandContext command) -> command.runWithoutAuthorization(evaluation::get)));
  }

  /**
   * Cached: a table deployed later never stood at an earlier moment, so the answer for a key and a
   * moment in the past never changes (one entry per round and table).
   */
  String definitionAsOf(String decisionKey, Instant asOf) {
    return asOfDefinitions.computeIfAbsent(decisionKey + "@" + asOf.toEpochMilli(), k -> findDefinitionAsOf(decisionKey, asOf));
  }

  private String findDefinitionAsOf(String decisionKey, Instant asOf) {
    List<DecisionDefinition> versions = repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey)
        .withoutTenantId().orderByDecisionDefinitionVersion().desc().list();
    if (versions.isEmpty()) {
      throw new IllegalStateException("No decision " + decisionKey + " is deployed");
    }
    for (DecisionDefinition version : versions) {
      Date deployed = deployedAt.computeIfAbsent(version.getDeploymentId(),
          id -> repository.createDeploymentQuery().deploymentId(id).singleResult().getDeploymentTime());
      if (!deployed.toInstant().isAfter(asOf)) {
        return version.getId();
      }
    }
    return versions.get(versions.size() - 1).getId();
  }

  private static DmnDecisionRuleResult single(String decisionKey, VariableMap inputs,
      org.camunda.bpm.dmn.engine.DmnDecisionTableResult result) {
    if (result.isEmpty()) {
      throw new IllegalStateException("Decision " + decisionKey + " matched no rule for " + inputs);
    }
    return result.getSingleResult();
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
      String key = lookupKey(definition.getId(), inputs);
      DmnDecisionRuleResult known = key == null ? null : lookups.get(key);
      if (known != null) {
        return known;
      }
      // the engine's own DMN engine records history: a plain one evaluates the deployed table
      var result = LOOKUPS.evaluateDecisionTable((org.camunda.bpm.dmn.engine.DmnDecision) definition, inputs);
      if (result.isEmpty()) {
        throw new IllegalStateException("Decision " + decisionKey + " matched no rule for " + inputs);
      }
      if (key != null) {
        if (lookups.size() >= MAX_LOOKUPS) {
          lookups.clear();
        }
        lookups.put(key, result.getSingleResult());
      }
      return result.getSingleResult();
    };
    return ApplicationCalls.run(() -> commands.execute(
        (CommandContext command) -> command.runWithoutAuthorization(evaluation::get)));
  }

  /**
   * A lookup's answer by the table's definition and the inputs' values: a deployed definition never
   * changes (a changed table is a new definition), so the same inputs give the same outputs. Only
   * inputs of plain values are kept (texts, numbers, truth values); anything else is evaluated.
   */
  static String lookupKey(String definitionId, VariableMap inputs) {
    StringBuilder key = new StringBuilder(definitionId);
    for (String name : new java.util.TreeSet<>(inputs.keySet())) {
      Object value = inputs.get(name);
      if (value != null && !(value instanceof String || value instanceof Number || value instanceof Boolean)) {
        return null;
      }
      key.append('|').append(name).append('=').append(value == null ? "null" : value.getClass().getSimpleName() + ":" + value);
    }
    return key.toString();
  }

  /** A DMN engine without history, with the engine's FEEL ({@link CachedFeelEngine}). */
  private static org.camunda.bpm.dmn.engine.DmnEngine lookupEngine() {
    var configuration = (org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration)
        org.camunda.bpm.dmn.engine.DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.setFeelEngineFactory(() -> new CachedFeelEngine(List.of()));
    return configuration.buildEngine();
  }

  /** The one matching rule's outputs of the last deployed table, recorded in the decision history; a table that matches no rule is a model error. */
  public DmnDecisionRuleResult evaluate(String decisionKey, VariableMap inputs) {
    Supplier<DmnDecisionRuleResult> evaluation = () ->
        single(decisionKey, inputs, decisions.evaluateDecisionTableByKey(decisionKey, inputs));
    return ApplicationCalls.run(() -> commands.execute(
        (CommandContext command) -> command.runWithoutAuthorization(evaluation::get)));
  }
}
