package cn.cadre.appraisal.process.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.shared.AppraisalGroup;
import cn.cadre.appraisal.process.engine.TaskReadAllowList.Role;
import cn.cadre.appraisal.process.engine.TaskReadAllowList.Row;
import cn.cadre.appraisal.support.RestClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Generated from the models: every user task of every process in processes/ is started on its own
 * (with every routing fact and confidential fact of the procedure in scope), and its holder, through
 * /engine-rest, (a) cannot submit a variable outside the task's form — explicitly the routing facts
 * appraisalTeamMembers, cadreUserId, evaluationByBallot and paths — which is refused with 400 and
 * changes nothing, and (b) reads nothing outside the task's row in {@link TaskReadAllowList}.
 * The other variable endpoints, typed values and the queries that must stay empty are checked below.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProcessVariableGuardTest {

  private static final String PASSWORD = "vg-secret-1";
  private static final String CADRE = "vg-cadre";
  private static final String TEAM_MEMBER = "vg-tm";
  private static final String LEADER = "vg-leader";
  private static final Map<String, String> USER_OF_GROUP = Map.of(
      AppraisalGroup.ORG_DEPT.id(), "vg-od", AppraisalGroup.PARTY_COMMITTEE.id(), "vg-pc",
      AppraisalGroup.DISCIPLINE.id(), "vg-disc", AppraisalGroup.AUDIT.id(), "vg-aud",
      AppraisalGroup.PETITIONS.id(), "vg-pet", AppraisalGroup.APPRAISAL_TEAM.id(), TEAM_MEMBER,
      AppraisalGroup.CADRE.id(), CADRE);
  /** The routing facts the issue names: a task's user must never set them. */
  static final List<String> ROUTING_FACTS = List.of("appraisalTeamMembers", "cadreUserId", "evaluationByBallot", "paths",
      "teamMembers");

  @Autowired TestRestTemplate template;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  RestClient api;

  @BeforeEach
  void users() {
    api = new RestClient(template, PASSWORD);
    Map<String, String> users = new LinkedHashMap<>();
    USER_OF_GROUP.forEach((group, user) -> users.merge(user, group, (a, b) -> a));
    users.put(LEADER, AppraisalGroup.CADRE.id());
    users.put(TEAM_MEMBER, AppraisalGroup.APPRAISAL_TEAM.id());
    users.forEach((id, group) -> {
      if (identity.createUserQuery().userId(id).count() == 0) {
        User user = identity.newUser(id);
        user.setFirstName(id);
        user.setLastName("测试");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(id, group);
      }
    });
  }

  /** Every fact the procedure keeps in process scope, confidential ones included. */
  static VariableMap facts() {
    Map<String, List<String>> sentBackTeams = new LinkedHashMap<>();
    sentBackTeams.put(CADRE, new ArrayList<>(List.of(TEAM_MEMBER)));
    return Variables.createVariables()
        // not a number: no round behind it, so the stage-deadline listener leaves the due date alone
        .putValue("campaignId", "vg-round").putValue("year", 2035).putValue("unitCode", "vg-unit")
        .putValue("unitName", "守卫测试局")
        .putValueTyped("cadreUserIds", json(new ArrayList<>(List.of(CADRE))))
        .putValueTyped("cadreNames", json(new LinkedHashMap<>(Map.of(CADRE, "守卫干部"))))
        .putValueTyped("appraisalTeamMembers", json(new ArrayList<>(List.of(TEAM_MEMBER))))
        .putValue("teamPrincipalUserId", CADRE).putValue("cadreUserId", CADRE)
        .putValue("evaluationByBallot", false).putValue("talkLeader", LEADER)
        .putValue("rectificationDueDate", Date.from(Instant.now().plusSeconds(30L * 86400)))
        .putValueTyped("paths", json(new ArrayList<>(List.of("PROMOTION", "ADJUSTMENT"))))
        .putValueTyped("pathDecisions", json(new LinkedHashMap<>(Map.of("PROMOTION", "提拔使用（列入优秀年轻干部库候选）"))))
        .putValue("potentialForPromotion", true).putValue("interviewFindings", "谈话中同事反映的问题（保密）")
        .putValue("excellentVotes", 17).putValue("competentVotes", 3).putValue("basicVotes", 1).putValue("incompetentVotes", 0)
        .putValue("politicalScore", 91.5).putValue("reportText", "述职报告正文").putValue("reviewComment", "审核意见")
        .putValue("decisionReason", "规则理由").putValue("finalGrade", "EXCELLENT").putValue("finalGradeLabel", "优秀")
        .putValue("proposalSummary", "组织部建议").putValue("negativeItems", "审计发现的问题")
        .putValue("subjectName", "守卫干部").putValue("weaknessTopic", "统计").putValue("problems", "问题")
        .putValueTyped("sentBackCadreNames", json(new LinkedHashMap<>(Map.of(CADRE, "守卫干部"))))
        .putValueTyped("sentBackUnitNames", json(new LinkedHashMap<>(Map.of(CADRE, "守卫局"))))
        .putValueTyped("sentBackTeams", json(sentBackTeams))
        .putValue("objectionCadreName", "守卫干部").putValue("objectionUnitName", "守卫局").putValue("objectionText", "异议内容")
        .putValueTyped("officeCodes", json(new ArrayList<>(List.of("DISCIPLINE"))))
        .putValueTyped("officeNames", json(new LinkedHashMap<>(Map.of("DISCIPLINE", "纪检监察"))))
        .putValueTyped("officeGroups", json(new LinkedHashMap<>(Map.of("DISCIPLINE", "discipline"))))
        .putValue("officeCode", "DISCIPLINE")
        .putValue("routineRoundId", 1L).putValue("scoringRoundId", 1L).putValue("roundTitle", "2035年第一季度平时考核")
        .putValue("dueDate", Date.from(Instant.now().plusSeconds(14L * 86400)))
        .putValueTyped("unitCodes", json(new ArrayList<>(List.of("vg-unit"))))
        .putValueTyped("unitNames", json(new LinkedHashMap<>(Map.of("vg-unit", "守卫测试局"))))
        .putValueTyped("unitScorers", json(new LinkedHashMap<>(Map.of("vg-unit", new ArrayList<>()))))
        .putValue("specialAppraisalId", 1L).putValue("basis", "2035年守卫任务专项考核").putValue("mode", "AT_END")
        .putValue("teamMembers", TEAM_MEMBER)
        .putValueTyped("cadreCodes", json(new ArrayList<>(List.of(CADRE))))
        .putValueTyped("principals", json(new ArrayList<>(List.of(CADRE))))
        .putValueTyped("opinionGroups", json(new ArrayList<>(List.of("discipline"))))
        .putValueTyped("opinionGroupNames", json(new LinkedHashMap<>(Map.of("discipline", "纪检监察"))))
        // a task started inside its multi-instance sub-process finds its element variable here
        .putValue("opinionGroup", "discipline").putValue("principalUserId", CADRE).putValue("cadreCode", CADRE)
        .putValue("poolName", "外事干部人才库")
        .putValue("stayId", 1L).putValue("unitCadres", "守卫干部（局长）")
        .putValue("lateTaskId", "vg-late-task").putValue("lateTaskName", "填写述职述廉报告：守卫干部")
        .putValue("responsibleName", "守卫测试局").putValue("escalateAt", Date.from(Instant.now().plusSeconds(86400)))
        .putValueTyped("explainers", json(new ArrayList<>(List.of(CADRE))))
        .putValueTyped("explainerGroups", json(new ArrayList<>()))
        .putValue("termId", 1L).putValue("experts", TEAM_MEMBER).putValue("targets", "1. 守卫目标（指标：守卫指标）");
  }

  private static org.camunda.bpm.engine.variable.value.ObjectValue json(Object value) {
    return Variables.objectValue(value).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
  }

  record ModelTask(String processKey, String taskKey, BpmnModelInstance model) {}

  static List<ModelTask> userTasksOfAllModels() throws IOException {
    List<ModelTask> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(Paths.get("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        String processKey = model.getModelElementsByType(Process.class).iterator().next().getId();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          found.add(new ModelTask(processKey, task.getId(), model));
        }
      }
    }
    return found;
  }

  static Map<String, com.fasterxml.jackson.databind.JsonNode> forms() throws IOException {
    Map<String, byte[]> resources = new HashMap<>();
    for (File file : new File("forms").listFiles((dir, name) -> name.endsWith(".form"))) {
      resources.put(file.getName(), Files.readAllBytes(file.toPath()));
    }
    return TaskVariablePolicies.formsById(resources);
  }

  @TestFactory
  Stream<DynamicTest> everyUserTask_acceptsOnlyItsFormAndShowsOnlyItsRow() throws IOException {
    Map<String, JsonNode> forms = forms();
    return userTasksOfAllModels().stream().map(task -> DynamicTest.dynamicTest(task.taskKey(), () -> {
      Row row = TaskReadAllowList.ROWS.get(task.taskKey());
      assertThat(row).as("%s (%s) has no row in TaskReadAllowList: say what its holder may read", task.taskKey(),
          task.processKey()).isNotNull();
      TaskVariablePolicy policy = TaskVariablePolicies.of(task.model(), task.taskKey(), forms);
      assertThat(policy.formRef()).as("%s has a Camunda Form", task.taskKey()).isNotNull();
      assertThat(row.readable()).as("%s: the form offers more than its row allows", task.taskKey())
          .containsAll(policy.readable());
      probe(task, row, policy);
    }));
  }

  private void probe(ModelTask modelTask, Row row, TaskVariablePolicy policy) {
    String instance = runtime.createProcessInstanceByKey(modelTask.processKey()).businessKey("vg-" + modelTask.taskKey())
        .setVariables(facts()) // before startBeforeActivity: process variables, not the activity's
        .startBeforeActivity(modelTask.taskKey()).execute().getId();
    try {
      Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(modelTask.taskKey()).singleResult();
      assertThat(task).as("task %s started", modelTask.taskKey()).isNotNull();
      if (task.getAssignee() == null && row.role() == Role.TALK_LEADER) {
        tasks.setAssignee(task.getId(), LEADER); // the schedule-talk form names the leader on the real path
      }
      String holder = holder(tasks.createTaskQuery().taskId(task.getId()).singleResult(), row.role());
      String base = "/engine-rest/task/" + task.getId();

      // (b) reads: nothing outside the row, by any of the task's read endpoints
      Set<String> read = names(api.get(holder, base + "/variables"));
      assertThat(read).as("%s read by %s", modelTask.taskKey(), holder).isSubsetOf(row.readable());
      assertThat(names(api.get(holder, base + "/form-variables"))).isSubsetOf(row.readable());
      assertThat(names(api.get(holder, base + "/variables?deserializeValues=false"))).isSubsetOf(row.readable());
      for (String name : TaskReadAllowList.CONFIDENTIAL) {
        if (!row.readable().contains(name)) {
          assertThat(api.get(holder, base + "/variables/" + name).getStatusCode()).as("%s reads %s", holder, name)
              .isEqualTo(HttpStatus.NOT_FOUND);
        }
      }
      assertThat(read).as("%s: the guard lets the form's own values through", modelTask.taskKey())
          .containsAll(intersection(policy.readable(), facts().keySet()));

      // (a) writes: no routing fact is a field the task takes; submitted by submit-form and by complete
      // (a different fact each, in turn across the tasks), refused and nothing changed
      assertThat(policy.writable().keySet()).as("%s takes a routing fact", modelTask.taskKey())
          .doesNotContainAnyElementsOf(ROUTING_FACTS);
      Map<String, Object> before = runtime.getVariables(task.getExecutionId());
      int turn = Math.floorMod(modelTask.taskKey().hashCode(), ROUTING_FACTS.size());
      for (String endpoint : List.of("/submit-form", "/complete")) {
        String fact = ROUTING_FACTS.get(turn++ % ROUTING_FACTS.size());
        ResponseEntity<String> refused = api.post(holder, base + endpoint,
            Map.of("variables", Map.of(fact, Map.of("value", "vg-cadre"))));
        assertThat(refused.getStatusCode()).as("%s%s with %s: %s", modelTask.taskKey(), endpoint, fact, refused.getBody())
            .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains(fact);
      }
      assertThat(api.post(holder, base + "/bpmnError", Map.of("errorCode", "Error_Any")).getStatusCode())
          .as("a task's user throws a BPMN error").isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(api.post(holder, base + "/bpmnEscalation", Map.of("escalationCode", "Escalation_Any")).getStatusCode())
          .as("a task's user throws an escalation").isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(api.put(holder, base + "/variables/cadreUserId", Map.of("value", "vg-cadre")).getStatusCode())
          .as("PUT a task variable").isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(api.post(holder, base + "/localVariables",
          Map.of("modifications", Map.of("paths", Map.of("value", "[]")))).getStatusCode())
          .as("POST task local variables").isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("task still open").isEqualTo(1);
      assertThat(runtime.getVariables(task.getExecutionId())).as("nothing changed").isEqualTo(before);
    } finally {
      runtime.deleteProcessInstance(instance, "test over", true, true);
    }
  }

  private Task startAt(String processKey, String taskKey) {
    String instance = runtime.createProcessInstanceByKey(processKey).businessKey("vg-" + taskKey + "-" + System.nanoTime())
        .setVariables(facts()).startBeforeActivity(taskKey).execute().getId();
    return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult();
  }

  /** The execution of a cadre's report waiting for the team's decision (MessageEvent_SelfReportReviewed). */
  private String awaitingReview(String processInstanceId) {
    return runtime.createExecutionQuery().processInstanceId(processInstanceId)
        .activityId("MessageEvent_SelfReportReviewed").singleResult().getId();
  }

  private void end(Task task) {
    runtime.deleteProcessInstance(task.getProcessInstanceId(), "test over", true, true);
  }

  @Test
  void aCadreCannotMakeThemselvesTheReviewerOfTheirOwnReport() {
    Task selfReport = startAt("UnitAppraisalProcess", "Task_SelfReport");
    try {
      ResponseEntity<String> refused = api.post(CADRE, "/engine-rest/task/" + selfReport.getId() + "/submit-form",
          Map.of("variables", Map.of("reportText", Map.of("value", "我的述职报告"),
              "appraisalTeamMembers", Map.of("value", CADRE), "evaluationByBallot", Map.of("value", true))));
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody()).contains("不接受变量", "appraisalTeamMembers");
      assertThat(runtime.getVariable(selfReport.getExecutionId(), "evaluationByBallot")).isEqualTo(false);
      assertThat(tasks.createTaskQuery().taskId(selfReport.getId()).count()).isEqualTo(1);

      api.complete(CADRE, selfReport.getId(), Map.of("reportText", "我的述职报告"));
      String waiting = awaitingReview(selfReport.getProcessInstanceId());
      // the decision reaches the report only through the review page (the unit's team): not by a message of the cadre's
      for (Map<String, Object> message : List.<Map<String, Object>>of(
          Map.of("messageName", "SelfReportReviewed", "processInstanceId", selfReport.getProcessInstanceId()),
          Map.of("messageName", "SelfReportReviewed", "processInstanceId", selfReport.getProcessInstanceId(),
              "processVariablesLocal", Map.of("reviewDecision", Map.of("value", "accepted"))))) {
        assertThat(api.post(CADRE, "/engine-rest/message", message).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      }
      assertThat(runtime.createExecutionQuery().executionId(waiting).count()).as("still awaiting review").isEqualTo(1);
    } finally {
      end(selfReport);
    }
  }

  /** Whatever they send, someone who may not work on a task learns only that: not what its form would refuse. */
  @Test
  void someoneElsesTaskIsRefusedAsNotTheirs_whateverTheySubmit() {
    Task selfReport = startAt("UnitAppraisalProcess", "Task_SelfReport");
    try {
      String path = "/engine-rest/task/" + selfReport.getId() + "/submit-form";
      for (Map<String, Object> variables : List.<Map<String, Object>>of(
          Map.of("reportText", Map.of("value", "替别人写的述职报告")),
          Map.of("appraisalTeamMembers", Map.of("value", TEAM_MEMBER)))) {
        ResponseEntity<String> refused = api.post(TEAM_MEMBER, path, Map.of("variables", variables));
        assertThat(refused.getStatusCode()).as(variables.toString()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).as(variables.toString()).contains("您不能办理此任务").doesNotContain("不接受变量");
      }
      assertThat(tasks.createTaskQuery().taskId(selfReport.getId()).count()).as("still open").isEqualTo(1);
      assertThat(runtime.getVariable(selfReport.getExecutionId(), "reportText")).isNotEqualTo("替别人写的述职报告");
    } finally {
      end(selfReport);
    }
  }

  @Test
  void aTasksHolderCannotHandItToSomeoneElse() {
    Task interview = startAt("UnitAppraisalProcess", "Task_ComprehensiveAnalysis");
    String base = "/engine-rest/task/" + interview.getId();
    try {
      String outsider = USER_OF_GROUP.get(AppraisalGroup.AUDIT.id());
      assertThat(api.post(TEAM_MEMBER, base + "/assignee", Map.of("userId", outsider)).getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(api.post(TEAM_MEMBER, base + "/delegate", Map.of("userId", outsider)).getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(api.post(TEAM_MEMBER, base + "/identity-links", Map.of("userId", outsider, "type", "candidate"))
          .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      ResponseEntity<String> claimForOther = api.post(TEAM_MEMBER, base + "/claim", Map.of("userId", outsider));
      assertThat(claimForOther.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(claimForOther.getBody()).contains("不能转交");
      assertThat(tasks.createTaskQuery().taskId(interview.getId()).singleResult().getAssignee()).isNull();
      assertThat(api.json(api.get(outsider, "/engine-rest/task?taskId=" + interview.getId()))).as("the outsider sees nothing")
          .isEmpty();
      // claiming and giving it back stay possible
      assertThat(api.post(TEAM_MEMBER, base + "/claim", Map.of("userId", TEAM_MEMBER)).getStatusCode())
          .isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(api.post(TEAM_MEMBER, base + "/unclaim", Map.of()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    } finally {
      end(interview);
    }
  }

  @Test
  void readOnlyFieldsAreShownButNeverWrittenBack() {
    Task selfReport = startAt("UnitAppraisalProcess", "Task_SelfReport");
    try {
      Object shown = tasks.getVariable(selfReport.getId(), "reviewComment");
      api.complete(CADRE, selfReport.getId(), Map.of("reportText", "修改后的报告", "reviewComment", "审核通过（伪造）"));
      String waiting = awaitingReview(selfReport.getProcessInstanceId());
      assertThat(runtime.getVariable(waiting, "reportText")).isEqualTo("修改后的报告");
      assertThat(runtime.getVariable(waiting, "reviewComment")).isEqualTo(shown).isNotEqualTo("审核通过（伪造）");
    } finally {
      end(selfReport);
    }
  }

  @Test
  void aValueMustHaveItsFieldsTypeAndNoObjectIsDeserialized() {
    Task review = startAt("UnitAppraisalProcess", "Task_ComprehensiveAnalysis");
    String submit = "/engine-rest/task/" + review.getId() + "/submit-form";
    try {
      ResponseEntity<String> number = api.post(TEAM_MEMBER, submit, Map.of("variables", Map.of("problems", Map.of("value", 5))));
      assertThat(number.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(number.getBody()).contains("problems", "必须是文本");
      // a serialized java.util.Date (what a gadget chain would arrive as): refused before anything reads it
      ResponseEntity<String> javaObject = api.post(TEAM_MEMBER, submit, Map.of("variables", Map.of("weaknessTopic",
          Map.of("type", "Object", "value", "rO0ABXNyAA5qYXZhLnV0aWwuRGF0ZWhqgQFLWXQZAwAAeHB3CAAAAYvY5ABweA==",
              "valueInfo", Map.of("objectTypeName", "java.util.Date",
                  "serializationDataFormat", "application/x-java-serialized-object")))));
      assertThat(javaObject.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      ResponseEntity<String> jsonObject = api.post(TEAM_MEMBER, submit, Map.of("variables", Map.of("weaknessTopic",
          Map.of("type", "Object", "value", "{\"a\":1}", "valueInfo", Map.of("objectTypeName", "java.lang.ProcessBuilder",
              "serializationDataFormat", "application/json")))));
      assertThat(jsonObject.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(jsonObject.getBody()).contains("weaknessTopic");
      ResponseEntity<String> untypedMap = api.post(TEAM_MEMBER, submit, Map.of("variables", Map.of("weaknessTopic",
          Map.of("value", Map.of("a", 1)))));
      assertThat(untypedMap.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).as("task still open").isEqualTo(1);
      assertThat(runtime.getVariable(review.getProcessInstanceId(), "weaknessTopic")).isEqualTo("统计");
    } finally {
      end(review);
    }
  }

  @Test
  void aCompletionHandsBackOnlyWhatTheFormShows() {
    Task review = startAt("UnitAppraisalProcess", "Task_SelfReport");
    try {
      ResponseEntity<String> done = api.post(CADRE, "/engine-rest/task/" + review.getId() + "/complete",
          Map.of("variables", Map.of("reportText", Map.of("value", "述职报告正文")), "withVariablesInReturn", true));
      assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.OK);
      assertThat(names(done)).isNotEmpty().isSubsetOf(TaskReadAllowList.ROWS.get("Task_SelfReport").readable());
    } finally {
      end(review);
    }
  }

  @Test
  void theOrganisationDepartmentChangesVariablesOnlyThroughFormsAndTheApplication() {
    String od = USER_OF_GROUP.get(AppraisalGroup.ORG_DEPT.id());
    Task task = startAt("UnitAppraisalProcess", "Task_ComprehensiveAnalysis");
    String instance = "/engine-rest/process-instance/" + task.getProcessInstanceId();
    try {
      Map<String, Object> before = runtime.getVariables(task.getProcessInstanceId());
      assertThat(api.get(od, instance + "/variables").getStatusCode()).as("org-dept still reads").isEqualTo(HttpStatus.OK);
      List<ResponseEntity<String>> refused = List.of(
          api.put(od, instance + "/variables/appraisalTeamMembers", Map.of("value", od)),
          api.post(od, instance + "/variables", Map.of("modifications", Map.of("cadreUserId", Map.of("value", od)))),
          api.post(od, instance + "/variables", Map.of("deletions", List.of("paths"))),
          api.put(od, "/engine-rest/execution/" + task.getExecutionId() + "/localVariables/evaluationByBallot",
              Map.of("value", true)),
          api.post(od, instance + "/modification", Map.of("instructions", List.of(Map.of("type", "startBeforeActivity",
              "activityId", "Task_ComprehensiveAnalysis", "variables", Map.of("appraisalTeamMembers", Map.of("value", od)))))),
          api.post(od, "/engine-rest/process-definition/key/UnitAppraisalProcess/start",
              Map.of("variables", Map.of("appraisalTeamMembers", Map.of("value", od)))),
          api.post(od, "/engine-rest/message", Map.of("messageName", "ObjectionLodged",
              "processVariables", Map.of("paths", Map.of("value", "[]")))));
      for (ResponseEntity<String> response : refused) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody()).contains("流程变量只能通过任务表单和本系统的接口修改");
      }
      assertThat(runtime.getVariables(task.getProcessInstanceId())).isEqualTo(before);
      assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("UnitAppraisalProcess")
          .variableValueEquals("appraisalTeamMembers", od).count()).isZero();
    } finally {
      end(task);
    }
  }

  @Test
  void cadresAndOfficesSeeNoInstancesNoHistoryAndQueryNoTaskByVariables() {
    Task confirm = startAt("ResultApplicationProcess", "Task_ConfirmTopicTraining");
    Task audit = startAt("UnitAppraisalProcess", "Task_ComprehensiveAnalysis");
    try {
      for (String user : List.of(CADRE, USER_OF_GROUP.get(AppraisalGroup.AUDIT.id()))) {
        for (String path : List.of("/process-instance", "/history/process-instance", "/history/variable-instance",
            "/variable-instance", "/execution", "/history/detail", "/history/task", "/history/activity-instance")) {
          ResponseEntity<String> response = api.get(user, "/engine-rest" + path);
          assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
          assertThat(api.json(response)).as("%s for %s", path, user).isEmpty();
        }
        assertThat(api.get(user, "/engine-rest/process-instance/" + audit.getProcessInstanceId() + "/variables")
            .getStatusCode().is4xxClientError()).isTrue();
      }
      // a cadre may not ask whether their own task's process thinks them fit for promotion
      ResponseEntity<String> byVariable = api.get(CADRE, "/engine-rest/task?processVariables=potentialForPromotion_eq_true");
      assertThat(byVariable.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(byVariable.getBody()).contains("按流程变量查询");
      assertThat(api.post(CADRE, "/engine-rest/task", Map.of("orQueries", List.of(Map.of("processVariables",
          List.of(Map.of("name", "potentialForPromotion", "operator", "eq", "value", true)))))).getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(api.post(CADRE, "/engine-rest/task", Map.of("sorting", List.of(Map.of("sortBy", "processVariable",
          "sortOrder", "asc", "parameters", Map.of("variable", "potentialForPromotion", "type", "Boolean")))))
          .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(api.json(api.get(CADRE, "/engine-rest/task"))).extracting(t -> t.path("id").asText()).contains(confirm.getId());
      String od = USER_OF_GROUP.get(AppraisalGroup.ORG_DEPT.id());
      assertThat(api.get(od, "/engine-rest/task?processVariables=potentialForPromotion_eq_true").getStatusCode())
          .isEqualTo(HttpStatus.OK);
    } finally {
      end(confirm);
      end(audit);
    }
  }

  private String holder(Task task, Role role) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (link.getUserId() != null) {
        return link.getUserId();
      }
      if (link.getGroupId() != null && USER_OF_GROUP.containsKey(link.getGroupId())) {
        return USER_OF_GROUP.get(link.getGroupId());
      }
    }
    throw new AssertionError("no holder for " + task.getTaskDefinitionKey() + " (" + role + ")");
  }

  private Set<String> names(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    Set<String> names = new TreeSet<>();
    api.json(response).fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static Set<String> intersection(Set<String> a, Set<String> b) {
    Set<String> both = new TreeSet<>(a);
    both.retainAll(b);
    return both;
  }
}
