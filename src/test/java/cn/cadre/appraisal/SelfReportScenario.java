package cn.cadre.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.evaluation.SelfReport;
import cn.cadre.appraisal.evaluation.SelfReportRepository;
import cn.cadre.appraisal.organisation.AppraisalGroup;
import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.CadreRole;
import cn.cadre.appraisal.organisation.IdentityDirectory;
import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.organisation.UnitCategory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The foundation's end-to-end scenario over HTTP, run on H2 and on MySQL/MariaDB by the subclasses:
 * the organisation department opens a unit's appraisal, a cadre whose name has a character outside
 * the BMP (𠀀) files a Chinese self-report through the REST API, the appraisal team accepts it,
 * and the cadre reads the receipt; nobody else sees or completes those tasks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SelfReportScenario {

  static final String PASSWORD = "s3cret-pw";
  static final String RARE_NAME = "王𠀀";
  static final String REPORT = "本年度认真履行局长职责，推进𠀀项重点改革，廉洁自律，无违规违纪问题。";

  @Autowired TestRestTemplate rest;
  @Autowired OrganisationService organisation;
  @Autowired IdentityDirectory identity;
  @Autowired SelfReportRepository selfReports;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void anonymousAndWrongPasswordCallsGet401() {
    assertThat(rest.getForEntity("/api/notices?cadre=x", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    roleUser("sc-od0", AppraisalGroup.ORG_DEPT);
    assertThat(rest.withBasicAuth("sc-od0", "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("sc-od0", "wrong").getForEntity("/api/notices?cadre=x", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void cadreFilesChineseSelfReport_appraisalTeamAccepts_cadreReadsTheReceipt() throws Exception {
    organisation.registerUnit("sc-unit", "测试县𠀀局", UnitCategory.DEPARTMENT, null);
    Cadre principal = organisation.registerCadre("sc-c1", RARE_NAME, "局长", CadreRole.PRINCIPAL, "sc-unit",
        "sc-c1", LocalDate.of(1975, 3, 1), PASSWORD);
    organisation.registerCadre("sc-c2", "李明", "副局长", CadreRole.DEPUTY, "sc-unit", "sc-c2",
        LocalDate.of(1982, 5, 1), PASSWORD);
    roleUser("sc-od", AppraisalGroup.ORG_DEPT);
    roleUser("sc-team", AppraisalGroup.APPRAISAL_TEAM);
    roleUser("sc-disc", AppraisalGroup.DISCIPLINE);

    ResponseEntity<String> started = post("sc-od", "/api/unit-appraisals", "{\"unitCode\":\"sc-unit\",\"year\":2026}");
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String processInstanceId = read(started).path("processInstanceId").asText();
    assertThat(read(started).path("businessKey").asText()).isEqualTo("2026-ANNUAL/unit-sc-unit");

    // The cadre sees exactly their own self-report task, with its Chinese form.
    JsonNode myTasks = read(get("sc-c1", "/engine-rest/task"));
    assertThat(myTasks).hasSize(1);
    String selfReportTask = myTasks.get(0).path("id").asText();
    assertThat(myTasks.get(0).path("taskDefinitionKey").asText()).isEqualTo("Task_SelfReport");
    assertThat(get("sc-c1", "/engine-rest/task/" + selfReportTask + "/deployed-form").getBody()).contains("述职述廉报告正文");

    // Another cadre and another office can neither see nor complete it.
    assertThat(taskIds("sc-c2")).doesNotContain(selfReportTask);
    assertThat(taskIds("sc-disc")).doesNotContain(selfReportTask);
    assertThat(post("sc-c2", "/engine-rest/task/" + selfReportTask + "/complete", "{}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(post("sc-c1", "/engine-rest/task/" + selfReportTask + "/submit-form",
        "{\"variables\":{\"reportText\":{\"value\":\"" + REPORT + "\",\"type\":\"String\"}}}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    // Read back through the REST API: the Chinese text survives the engine's tables.
    JsonNode variables = read(get("sc-od", "/engine-rest/history/variable-instance?variableName=reportText&processInstanceId="
        + processInstanceId));
    assertThat(variables.findValuesAsText("value")).contains(REPORT);

    // The review task goes to the appraisal team, not to discipline inspection.
    String reviewTask = onlyTask("sc-team", "Task_ReviewSelfReport");
    assertThat(taskIds("sc-disc")).doesNotContain(reviewTask);
    assertThat(post("sc-disc", "/engine-rest/task/" + reviewTask + "/complete", "{}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("sc-team", "/engine-rest/task/" + reviewTask + "/submit-form",
        "{\"variables\":{\"reviewDecision\":{\"value\":\"accepted\"},\"reviewComment\":{\"value\":\"内容翔实\"}}}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    // Filed in the domain table, unchanged.
    SelfReport filed = selfReports.findByCadreOrderByYearDesc(principal).get(0);
    assertThat(filed.getReportText()).isEqualTo(REPORT);
    assertThat(organisation.cadreByCode("sc-c1").getName()).isEqualTo(RARE_NAME);

    // The cadre reads their receipt; the other cadre may not.
    JsonNode notices = read(get("sc-c1", "/api/notices?cadre=sc-c1"));
    assertThat(notices).hasSize(1);
    assertThat(notices.get(0).path("recipientName").asText()).isEqualTo(RARE_NAME);
    String html = get("sc-c1", "/api/notices/" + notices.get(0).path("id").asText()).getBody();
    assertThat(html).contains(RARE_NAME + "同志", "测试县𠀀局", "2026年度述职述廉报告", "内容翔实");
    assertThat(get("sc-c2", "/api/notices?cadre=sc-c1").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("sc-c2", "/api/notices/" + notices.get(0).path("id").asText()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void badRequestsGetAClearErrorAndChangeNothing() throws Exception {
    organisation.registerUnit("sc-bad", "测试财政局", UnitCategory.DEPARTMENT, null);
    organisation.registerCadre("sc-b1", "赵一", "局长", CadreRole.PRINCIPAL, "sc-bad", "sc-b1",
        LocalDate.of(1970, 1, 1), PASSWORD);
    roleUser("sc-od2", AppraisalGroup.ORG_DEPT);

    ResponseEntity<String> missing = post("sc-od2", "/api/unit-appraisals", "{\"year\":2026}");
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(missing.getBody()).contains("unitCode");

    ResponseEntity<String> unknown = post("sc-od2", "/api/unit-appraisals", "{\"unitCode\":\"nowhere\",\"year\":2026}");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(read(unknown).path("detail").asText()).contains("nowhere");

    ResponseEntity<String> notOrgDept = post("sc-b1", "/api/unit-appraisals", "{\"unitCode\":\"sc-bad\",\"year\":2026}");
    assertThat(notOrgDept.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskIds("sc-b1")).as("nothing started by a refused request").isEmpty();

    assertThat(post("sc-od2", "/api/unit-appraisals", "{\"unitCode\":\"sc-bad\",\"year\":2026}").getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    ResponseEntity<String> twice = post("sc-od2", "/api/unit-appraisals", "{\"unitCode\":\"sc-bad\",\"year\":2026}");
    assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(taskIds("sc-b1")).as("still one self-report task").hasSize(1);
  }

  private void roleUser(String userId, AppraisalGroup group) {
    identity.ensureUser(userId, "测试" + group.displayName(), PASSWORD);
    identity.ensureMembership(userId, group);
  }

  private List<String> taskIds(String userId) throws Exception {
    return read(get(userId, "/engine-rest/task")).findValuesAsText("id");
  }

  private String onlyTask(String userId, String definitionKey) throws Exception {
    JsonNode tasks = read(get(userId, "/engine-rest/task?taskDefinitionKey=" + definitionKey));
    assertThat(tasks).as("%s tasks of %s", definitionKey, userId).hasSize(1);
    return tasks.get(0).path("id").asText();
  }

  private ResponseEntity<String> get(String userId, String path) {
    return rest.withBasicAuth(userId, PASSWORD).getForEntity(path, String.class);
  }

  private ResponseEntity<String> post(String userId, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(userId, PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private JsonNode read(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode().is2xxSuccessful() || response.getStatusCode().is4xxClientError())
        .as("status %s: %s", response.getStatusCode(), response.getBody()).isTrue();
    return json.readTree(response.getBody());
  }
}
