package cn.cadre.appraisal.process.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** Builds a user task's {@link TaskVariablePolicy} from its model element and its Camunda Form. */
public final class TaskVariablePolicies {

  /** Model property (Modeler: Extension properties) naming more variables the task's holder may read. */
  public static final String PROPERTY_READABLE = "appraisal.readable";
  /** Model property naming more variables the task's holder may submit, as text. */
  public static final String PROPERTY_WRITABLE = "appraisal.writable";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

  private TaskVariablePolicies() {}

  /** Camunda Forms of one deployment by their form id (what a user task's formRef names). */
  public static Map<String, JsonNode> formsById(Map<String, byte[]> formResources) {
    Map<String, JsonNode> forms = new HashMap<>();
    formResources.forEach((name, bytes) -> {
      try {
        JsonNode form = JSON.readTree(bytes);
        forms.put(form.path("id").asText(name), form);
      } catch (IOException e) {
        throw new UncheckedIOException("form " + name + " is not JSON", e);
      }
    });
    return forms;
  }

  /** The policy of the user task with this id, or null when the model has no such user task. */
  public static TaskVariablePolicy of(BpmnModelInstance model, String taskKey, Map<String, JsonNode> formsById) {
    if (!(model.getModelElementById(taskKey) instanceof UserTask task)) {
      return null;
    }
    Map<String, FieldType> writable = new LinkedHashMap<>();
    Set<String> readOnly = new HashSet<>();
    Set<String> readable = new HashSet<>();
    String formRef = task.getCamundaFormRef();
    JsonNode form = formRef == null ? null : formsById.get(formRef);
    if (form != null) {
      collect(form, writable, readOnly, readable);
    }
    for (String name : property(task, PROPERTY_WRITABLE)) {
      writable.putIfAbsent(name, FieldType.TEXT);
      readable.add(name);
    }
    readable.addAll(property(task, PROPERTY_READABLE));
    return new TaskVariablePolicy(taskKey, formRef, writable, readOnly, readable);
  }

  private static void collect(JsonNode container, Map<String, FieldType> writable, Set<String> readOnly, Set<String> readable) {
    for (JsonNode component : container.path("components")) {
      String key = component.path("key").asText(null);
      if (key != null && !key.isBlank()) {
        readable.add(key);
        if (component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false)) {
          readOnly.add(key);
        } else {
          writable.put(key, FieldType.ofComponent(component.path("type").asText()));
        }
      }
      // a text view shows the variables its template names: [link](/app/campaigns/{{campaignId}}/...)
      Matcher template = TEMPLATE_VARIABLE.matcher(component.path("text").asText(""));
      while (template.find()) {
        readable.add(template.group(1));
      }
      String valuesKey = component.path("valuesKey").asText(null);
      if (valuesKey != null && !valuesKey.isBlank()) {
        readable.add(valuesKey);
      }
      collect(component, writable, readOnly, readable);
    }
  }

  private static Set<String> property(UserTask task, String name) {
    Set<String> names = new HashSet<>();
    ExtensionElements extensions = task.getExtensionElements();
    if (extensions == null) {
      return names;
    }
    for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
      for (CamundaProperty property : properties.getCamundaProperties()) {
        if (name.equals(property.getCamundaName()) && property.getCamundaValue() != null) {
          Arrays.stream(property.getCamundaValue().split(",")).map(String::trim).filter(s -> !s.isEmpty())
              .forEach(names::add);
        }
      }
    }
    return names;
  }
}
