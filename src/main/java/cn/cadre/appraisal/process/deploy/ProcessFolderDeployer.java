package cn.cadre.appraisal.process.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Deploys the process owners' files from processes/ and forms/ with stable resource names.
 *
 * <p>Each BPMN is deployed together with the forms it references, because a user task's
 * {@code camunda:formRef} with binding {@code deployment} resolves the form inside the process's
 * own deployment. Each DMN, and each form no process references, is deployed on its own. Every
 * deployment uses Camunda's duplicate filtering, so an unchanged model makes no new version; a
 * changed form brings a new version of the processes that show it. A file that does not parse is
 * rejected with a log line naming it, and the previous version keeps running.
 */
@Component
@Order(20)
public class ProcessFolderDeployer implements ApplicationRunner {

  static final String SOURCE = "appraisal-folders";
  private static final Logger LOG = LoggerFactory.getLogger(ProcessFolderDeployer.class);

  private final RepositoryService repository;
  private final DeploymentProperties properties;
  private final ObjectMapper json = new ObjectMapper();
  /** Last content seen per file, deployed or rejected, so an unchanged file is not tried again. */
  private final Map<String, String> lastSeen = new HashMap<>();

  public ProcessFolderDeployer(RepositoryService repository, DeploymentProperties properties) {
    this.repository = repository;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    DeploymentReport report = deployChanged();
    LOG.info("Models from {} and {}: {} new definition(s), {} rejected file(s)",
        ModelFiles.describe(properties.processesDir(), "processes"), ModelFiles.describe(properties.formsDir(), "forms"),
        report.deployed().size(), report.rejected().size());
  }

  /** One pass over both folders: deploys what changed since the last pass. */
  public synchronized DeploymentReport deployChanged() {
    DeploymentReport report = new DeploymentReport();
    Map<String, byte[]> models = ModelFiles.read(properties.processesDir(), "processes");
    Map<String, byte[]> forms = ModelFiles.read(properties.formsDir(), "forms");

    Map<String, String> formFileById = new HashMap<>();
    for (Map.Entry<String, byte[]> form : forms.entrySet()) {
      try {
        formFileById.put(formId(form.getValue()), form.getKey());
      } catch (IllegalArgumentException e) {
        reject(report, "forms/" + form.getKey(), hash(Map.of(form.getKey(), form.getValue())), e.getMessage());
      }
    }

    List<Bundle> bundles = new ArrayList<>();
    Set<String> referencedForms = new LinkedHashSet<>();
    for (Map.Entry<String, byte[]> model : models.entrySet()) {
      String name = model.getKey();
      Map<String, byte[]> resources = new TreeMap<>();
      resources.put(name, model.getValue());
      if (name.endsWith(".bpmn")) {
        try {
          for (String formId : formRefs(model.getValue())) {
            String formFile = formFileById.get(formId);
            if (formFile == null) {
              throw new IllegalArgumentException("references form '" + formId + "', which is not a valid form in forms/");
            }
            resources.put(formFile, forms.get(formFile));
            referencedForms.add(formFile);
          }
        } catch (RuntimeException e) {
          reject(report, "processes/" + name, hash(resources), e.getMessage());
          continue;
        }
      }
      bundles.add(new Bundle("processes/" + name, name, resources));
    }
    formFileById.values().stream()
        .filter(form -> !referencedForms.contains(form))
        .forEach(form -> bundles.add(new Bundle("forms/" + form, form, Map.of(form, forms.get(form)))));

    bundles.forEach(bundle -> deploy(bundle, report));
    return report;
  }

  private void deploy(Bundle bundle, DeploymentReport report) {
    String hash = hash(bundle.resources());
    if (hash.equals(lastSeen.get(bundle.file()))) {
      return;
    }
    Deployment before = latestDeployment(bundle.name());
    try {
      DeploymentBuilder builder = repository.createDeployment()
          .name(bundle.name())
          .source(SOURCE)
          .enableDuplicateFiltering(false);
      bundle.resources().forEach((name, bytes) -> builder.addInputStream(name, new ByteArrayInputStream(bytes)));
      DeploymentWithDefinitions deployment = builder.deployWithResult();
      lastSeen.put(bundle.file(), hash);
      if (before != null && before.getId().equals(deployment.getId())) {
        return; // unchanged: duplicate filtering kept the running version
      }
      List<String> lines = new ArrayList<>();
      for (ProcessDefinition p : orEmpty(deployment.getDeployedProcessDefinitions())) {
        lines.add(bundle.file() + ": process " + p.getKey() + " version " + p.getVersion());
      }
      for (DecisionDefinition d : orEmpty(deployment.getDeployedDecisionDefinitions())) {
        lines.add(bundle.file() + ": decision " + d.getKey() + " version " + d.getVersion());
      }
      if (lines.isEmpty()) {
        lines.add(bundle.file() + ": deployment " + deployment.getId());
      }
      for (String line : lines) {
        LOG.info("Deployed {}", line);
        report.deployed(line);
      }
    } catch (RuntimeException e) {
      reject(report, bundle.file(), hash, e.getMessage());
    }
  }

  private void reject(DeploymentReport report, String file, String hash, String reason) {
    if (hash.equals(lastSeen.get(file))) {
      return; // reported when this content was first seen
    }
    lastSeen.put(file, hash);
    report.rejected(file, reason);
    LOG.error("Rejected {}: {} (the previous version, if any, keeps running)", file, reason);
  }

  private Deployment latestDeployment(String name) {
    List<Deployment> latest = repository.createDeploymentQuery()
        .deploymentName(name).deploymentSource(SOURCE)
        .orderByDeploymentTime().desc().listPage(0, 1);
    return latest.isEmpty() ? null : latest.get(0);
  }

  private String formId(byte[] form) {
    JsonNode node;
    try {
      node = json.readTree(form);
    } catch (IOException e) {
      throw new IllegalArgumentException("is not valid form JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    String id = node == null ? "" : node.path("id").asText("");
    if (id.isBlank()) {
      throw new IllegalArgumentException("has no form id (the \"id\" field that camunda:formRef names)");
    }
    return id;
  }

  private static Set<String> formRefs(byte[] bpmn) {
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn));
    Set<String> refs = new LinkedHashSet<>();
    model.getModelElementsByType(UserTask.class).forEach(t -> addRef(refs, t.getCamundaFormRef()));
    model.getModelElementsByType(StartEvent.class).forEach(e -> addRef(refs, e.getCamundaFormRef()));
    return refs;
  }

  private static void addRef(Set<String> refs, String ref) {
    if (ref != null && !ref.isBlank() && !ref.contains("${") && !ref.contains("#{")) {
      refs.add(ref);
    }
  }

  private static String hash(Map<String, byte[]> resources) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      new TreeMap<>(resources).forEach((name, bytes) -> {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(bytes);
      });
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  /** One deployment: the file it is named after and every resource it carries. */
  private record Bundle(String file, String name, Map<String, byte[]> resources) {}
}
