package cn.cadre.appraisal.process.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * What a process model must be for the application to run it, checked without deploying it: no
 * element keeps an id Camunda Modeler generated (the code and the tests name elements by meaning),
 * every {@code ${bean}} a delegate or listener names is a bean of the application, every form a user
 * task names is in the forms folder, and every user task has a form and someone to do it. Each
 * problem names its file and element. The model contract test runs it on processes/ and forms/; the
 * same check can run on a model a process owner saves, before it is deployed.
 */
public final class ModelContract {

  /** Ids Modeler makes up (Activity_0abc123, Flow_1x2y3z4, StartEvent_1, …). */
  static final Pattern GENERATED_ID = Pattern.compile(
      "(Activity|Gateway|Flow|Event|Participant|Lane|TextAnnotation|Association|DataObjectReference)_[0-9a-z]{7}"
          + "|StartEvent_1|Process_[0-9a-z]{7}");
  private static final Pattern BEAN_EXPRESSION = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");
  private static final Pattern BEAN_NAME = Pattern.compile("\\$\\{(\\w+?)(?:Delegate|Listener)}");

  /**
   * Beans that serve elements whose ids do not contain the bean's name, on purpose: what each does
   * for all of them. Any other bean is named after the element it serves (its words in the id).
   */
  static final Map<String, String> SHARED_BEANS = Map.of(
      "committeeDecisionListener", "records the committee's decision on a promotion, an adjustment or a demotion",
      "scheduleTalkListener", "schedules a talk: a reminder, an admonition, or the team's summons (约谈)",
      "holdTalkListener", "records a talk held, the team's summons included",
      "talkNoticeDelegate", "sends the notice of a talk, the team's summons included",
      "proposeGradeDelegate", "proposes a grade by the rules, again after a send-back (Task_ReproposeGrade)",
      "comprehensiveAnalysisListener", "records a cadre's analysis, again after a send-back (Task_Reanalysis)",
      "pathsDecidedListener", "hands on the paths that BusinessRuleTask_DecidePaths decided",
      "specialStageListener", "records a special appraisal's stage: checkpoints, 听取汇报, 个别访谈, 实地查看, 集体座谈");

  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

  private ModelContract() {}

  /** Every problem of the models in {@code processes} with the forms in {@code forms}. */
  public static List<String> problems(File processes, File forms, Predicate<String> beanExists) throws IOException {
    Map<String, File> formsById = formsById(forms);
    List<String> problems = new ArrayList<>();
    File[] models = processes.listFiles((dir, name) -> name.endsWith(".bpmn"));
    for (File file : models == null ? new File[0] : models) {
      problems.addAll(problems(file, formsById, beanExists));
    }
    return problems;
  }

  static List<String> problems(File file, Map<String, File> formsById, Predicate<String> beanExists) throws IOException {
    List<String> problems = new ArrayList<>();
    String where = file.getName();
    String xml = java.nio.file.Files.readString(file.toPath());
    BpmnModelInstance model = Bpmn.readModelFromFile(file);
    for (ModelElementInstance element : model.getModelElementsByType(BaseElement.class)) {
      String id = ((BaseElement) element).getId();
      if (id != null && GENERATED_ID.matcher(id).matches()) {
        problems.add(where + ": " + id + " has an id Camunda Modeler generated; give it one that says what it is"
            + " (Task_…, Gateway_…, SequenceFlow_To…)");
      }
    }
    Matcher beans = BEAN_EXPRESSION.matcher(xml);
    while (beans.find()) {
      if (!beanExists.test(beans.group(1))) {
        problems.add(where + ": ${" + beans.group(1) + "} names no bean of the application");
      }
    }
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      for (String expression : beanExpressions(element)) {
        Matcher bean = BEAN_NAME.matcher(expression);
        if (bean.matches() && !SHARED_BEANS.containsKey(expression.substring(2, expression.length() - 1))
            && !words(element.getId()).containsAll(words(bean.group(1)))) {
          problems.add(where + ": " + element.getId() + " runs " + expression + ", whose name does not say it serves"
              + " this element: name a bean after the element, or list a bean shared on purpose in ModelContract.SHARED_BEANS");
        }
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String formRef = task.getAttributeValueNs(CAMUNDA, "formRef");
      if (formRef == null || formRef.isBlank()) {
        problems.add(where + ": user task " + task.getId() + " has no Camunda Form (formRef)");
      } else if (!formsById.containsKey(formRef)) {
        problems.add(where + ": user task " + task.getId() + " names form '" + formRef + "', which is not in forms/");
      }
      if (isBlank(task.getCamundaAssignee()) && isBlank(task.getCamundaCandidateUsers())
          && isBlank(task.getCamundaCandidateGroups())) {
        problems.add(where + ": user task " + task.getId() + " has no assignee, candidate users or candidate groups");
      }
    }
    return problems;
  }

  /** The forms folder's forms by their id. */
  public static Map<String, File> formsById(File forms) throws IOException {
    Map<String, File> byId = new HashMap<>();
    File[] files = forms.listFiles((dir, name) -> name.endsWith(".form"));
    ObjectMapper json = new ObjectMapper();
    for (File file : files == null ? new File[0] : files) {
      JsonNode form = json.readTree(file);
      byId.put(form.path("id").asText(), file);
    }
    return byId;
  }

  /** The element's own delegate expression and those of its task and execution listeners. */
  private static List<String> beanExpressions(BaseElement element) {
    List<String> expressions = new ArrayList<>();
    String own = element.getAttributeValueNs(CAMUNDA, "delegateExpression");
    if (own != null) {
      expressions.add(own);
    }
    if (element.getExtensionElements() != null) {
      for (ModelElementInstance listener : element.getExtensionElements().getElements()) {
        String expression = listener.getAttributeValue("delegateExpression");
        if (expression != null) {
          expressions.add(expression);
        }
      }
    }
    return expressions;
  }

  /** "Task_SendSelfReportReceipt" → [send, self, report, receipt]. */
  private static List<String> words(String camelCase) {
    String name = camelCase.contains("_") ? camelCase.substring(camelCase.indexOf('_') + 1) : camelCase;
    return java.util.Arrays.stream(name.split("(?<=[a-z0-9])(?=[A-Z])")).map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList();
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
