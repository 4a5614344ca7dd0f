package cn.cadre.appraisal.process.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** Policies per process definition and task; deployments never change, so neither do their policies. */
final class TaskVariablePolicyCache {

  private static final TaskVariablePolicy NONE = new TaskVariablePolicy("", null, Map.of(), java.util.Set.of(), java.util.Set.of());

  private final Map<String, TaskVariablePolicy> byTask = new ConcurrentHashMap<>();
  private final Map<String, Map<String, JsonNode>> formsByDeployment = new ConcurrentHashMap<>();

  /** The policy of a task, or null for a task outside any process (nothing may be written or read). */
  TaskVariablePolicy policy(CommandContext context, TaskEntity task) {
    String definitionId = task.getProcessDefinitionId();
    if (definitionId == null || task.getTaskDefinitionKey() == null) {
      return null;
    }
    TaskVariablePolicy policy = byTask.computeIfAbsent(definitionId + "#" + task.getTaskDefinitionKey(),
        key -> load(context, definitionId, task.getTaskDefinitionKey()));
    return policy == NONE ? null : policy;
  }

  private TaskVariablePolicy load(CommandContext context, String definitionId, String taskKey) {
    DeploymentCache cache = context.getProcessEngineConfiguration().getDeploymentCache();
    ProcessDefinitionEntity definition = cache.findDeployedProcessDefinitionById(definitionId);
    BpmnModelInstance model = cache.findBpmnModelInstanceForProcessDefinition(definition);
    Map<String, JsonNode> forms = formsByDeployment.computeIfAbsent(definition.getDeploymentId(), id -> {
      Map<String, byte[]> resources = new LinkedHashMap<>();
      for (ResourceEntity resource : context.getResourceManager().findResourcesByDeploymentId(id)) {
        if (resource.getName().endsWith(".form")) {
          resources.put(resource.getName(), resource.getBytes());
        }
      }
      return TaskVariablePolicies.formsById(resources);
    });
    TaskVariablePolicy policy = TaskVariablePolicies.of(model, taskKey, forms);
    return policy == null ? NONE : policy;
  }
}
