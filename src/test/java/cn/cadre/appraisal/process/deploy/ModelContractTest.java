package cn.cadre.appraisal.process.deploy;

import cn.cadre.appraisal.process.campaign.CampaignProcess;
import cn.cadre.appraisal.process.resultapplication.ResultApplicationProcess;
import cn.cadre.appraisal.process.routine.RoutineAppraisalProcess;
import cn.cadre.appraisal.process.unitappraisal.UnitAppraisalProcess;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The contract between processes/, forms/ and the code, in one place: {@link ModelContract} on the
 * models as they are (and on broken copies, to show that it catches each kind of break), every id and
 * message name the code's constants name is in its model, and every form field a complete-listener
 * reads is in the form of each task it listens to.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ModelContractTest {

  private static final File PROCESSES = new File("processes");
  private static final File FORMS = new File("forms");
  private static final List<Class<?>> CONSTANTS = List.of(CampaignProcess.class, UnitAppraisalProcess.class, RoutineAppraisalProcess.class, cn.cadre.appraisal.process.scoring.UnitScoringProcess.class,
      ResultApplicationProcess.class, cn.cadre.appraisal.process.escalation.EscalationProcess.class);
  /** Constant names that are element ids (the rest are variable names, values, keys). */
  private static final Pattern ELEMENT = Pattern.compile(
      "(TASK|GATEWAY|START_EVENT|END_EVENT|SUB_PROCESS|CALL_ACTIVITY|TIMER_EVENT|MESSAGE_EVENT|EVENT_GATEWAY"
          + "|BUSINESS_RULE_TASK|BOUNDARY_EVENT)_.*");
  private static final Pattern READ = Pattern.compile("form\\.(?:text|flag|count|decimal)\\(([^)]+)\\)");
  private static final Pattern BEAN = Pattern.compile("@Component\\(\"(\\w+)\"\\)");

  /** Reads a listener makes only on some of its tasks ("bean.field@Task_…"), each with the reason. */
  private static final Set<String> CONDITIONAL_READS = Set.of();

  @Autowired ApplicationContext context;

  @Test
  void theModelsKeepTheContract() throws Exception {
    assertThat(ModelContract.problems(PROCESSES, FORMS, context::containsBean)).isEmpty();
  }

  @Test
  void theContractCatchesEachKindOfBreak(@TempDir Path dir) throws Exception {
    Path processes = Files.createDirectories(dir.resolve("processes"));
    String unit = Files.readString(PROCESSES.toPath().resolve(UnitAppraisalProcess.RESOURCE))
        .replace("id=\"Gateway_StagesDone\"", "id=\"Gateway_0abc123\"")
        .replace("bpmnElement=\"Gateway_StagesDone\"", "bpmnElement=\"Gateway_0abc123\"")
        .replace("targetRef=\"Gateway_StagesDone\"", "targetRef=\"Gateway_0abc123\"")
        .replace("sourceRef=\"Gateway_StagesDone\"", "sourceRef=\"Gateway_0abc123\"")
        .replace("${prepareUnitAppraisalDelegate}", "${prepareUnitAppraisalDelegat}")
        .replace("camunda:formRef=\"team-analysis\"", "camunda:formRef=\"team-analysys\"")
        .replace(" camunda:assignee=\"${teamPrincipalUserId}\"", "")
        .replace("${sendSelfReportReceiptDelegate}", "${fileSelfReportDelegate}");
    Files.writeString(processes.resolve(UnitAppraisalProcess.RESOURCE), unit);
    List<String> problems = ModelContract.problems(processes.toFile(), FORMS, context::containsBean);
    assertThat(String.join("\n", problems)).contains(
        "unit-appraisal.bpmn: Gateway_0abc123 has an id Camunda Modeler generated",
        "unit-appraisal.bpmn: ${prepareUnitAppraisalDelegat} names no bean",
        "user task Task_TeamAnalysis names form 'team-analysys', which is not in forms/",
        "user task Task_TeamSummaryReport has no assignee, candidate users or candidate groups",
        "unit-appraisal.bpmn: Task_SendSelfReportReceipt runs ${fileSelfReportDelegate}, whose name does not say it serves");
  }

  @Test
  void everyIdAndMessageTheCodeNamesIsInItsModel() throws Exception {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Class<?> constants : CONSTANTS) {
      String resource = (String) constants.getField("RESOURCE").get(null);
      BpmnModelInstance model = Bpmn.readModelFromFile(PROCESSES.toPath().resolve(resource).toFile());
      Set<String> messages = new HashSet<>();
      model.getModelElementsByType(Message.class).forEach(m -> messages.add(m.getName()));
      assertThat((Object) model.getModelElementById((String) constants.getField("KEY").get(null))).isNotNull();
      for (Field field : constants.getFields()) {
        String name = field.getName();
        String value = (String) field.get(null);
        if (ELEMENT.matcher(name).matches()) {
          checked++;
          if (model.getModelElementById(value) == null) {
            missing.add(resource + ": element " + value + " (" + constants.getSimpleName() + "." + name + ")");
          }
        } else if (name.startsWith("MESSAGE_")) {
          checked++;
          if (!messages.contains(value)) {
            missing.add(resource + ": message " + value + " (" + constants.getSimpleName() + "." + name + ")");
          }
        }
      }
    }
    assertThat(missing).isEmpty();
    assertThat(checked).isGreaterThan(60);
  }

  @Test
  void everyFieldAListenerReadsIsInTheFormOfEachTaskItListensTo() throws Exception {
    Map<String, Set<String>> readsByBean = listenerReads();
    Map<String, Set<String>> fieldsByForm = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (File form : FORMS.listFiles((d, n) -> n.endsWith(".form"))) {
      JsonNode root = json.readTree(form);
      fieldsByForm.put(root.path("id").asText(), new HashSet<>(root.findValuesAsText("key")));
    }
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (File file : PROCESSES.listFiles((d, n) -> n.endsWith(".bpmn"))) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file);
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        Set<String> fields = fieldsByForm.getOrDefault(task.getCamundaFormRef(), Set.of());
        for (CamundaTaskListener listener : task.getChildElementsByType(org.camunda.bpm.model.bpmn.instance.ExtensionElements.class)
            .stream().flatMap(e -> e.getChildElementsByType(CamundaTaskListener.class).stream()).toList()) {
          String bean = listener.getCamundaDelegateExpression().replaceAll("[${}]", "");
          for (String read : readsByBean.getOrDefault(bean, Set.of())) {
            checked++;
            if (read.startsWith("=")) {
              continue; // a named constant (VAR_…) is a process variable, set by the model or the code
            }
            String key = read;
            if (!fields.contains(key) && !CONDITIONAL_READS.contains(bean + "." + key + "@" + task.getId())) {
              problems.add(file.getName() + ": " + task.getId() + " (form " + task.getCamundaFormRef() + ") has no field '"
                  + key + "' that " + bean + " reads");
            }
          }
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(checked).isGreaterThan(30);
  }

  /** What each complete-listener reads from its form: "key" for a literal, "=key" for a named constant. */
  private static Map<String, Set<String>> listenerReads() throws Exception {
    Map<String, String> constants = new HashMap<>();
    for (Class<?> c : CONSTANTS) {
      for (Field f : c.getFields()) {
        if (f.getType() == String.class) {
          constants.put(f.getName(), (String) f.get(null));
          constants.put(c.getSimpleName() + "." + f.getName(), (String) f.get(null));
        }
      }
    }
    Map<String, Set<String>> reads = new HashMap<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/cn/cadre/appraisal/process"))) {
      for (Path file : files.filter(f -> f.toString().endsWith("Listener.java")).toList()) {
        String source = Files.readString(file);
        Matcher bean = BEAN.matcher(source);
        if (!bean.find()) {
          continue;
        }
        Set<String> keys = reads.computeIfAbsent(bean.group(1), k -> new HashSet<>());
        Matcher read = READ.matcher(source);
        while (read.find()) {
          String argument = read.group(1).trim();
          if (argument.startsWith("\"")) {
            keys.add(argument.replace("\"", ""));
          } else if (constants.containsKey(argument)) {
            keys.add("=" + constants.get(argument));
          }
        }
      }
    }
    return reads;
  }
}
