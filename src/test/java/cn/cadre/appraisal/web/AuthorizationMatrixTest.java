package cn.cadre.appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.notice.NoticeService;
import cn.cadre.appraisal.notice.NoticeType;
import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.support.RoundDriver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call what, as one table: every /api endpoint (found from the application's mappings, so a
 * new one without a row fails) × every role, in a round opened for the purpose — org-dept, the
 * appraisal team sent to the unit and the team of another unit, the committee, an office, the unit's
 * principal (on their own record) and an administrator; anonymous callers get 401 everywhere but the
 * ballot. A role the row allows must get past the checks (any answer but 401, 403 or 5xx: the empty
 * request may then be refused as bad input or find nothing); every other role gets 403.
 *
 * <p>The world also holds, on the same unit, everything else a row may be about: a notice to the
 * principal, a talent pool, an indicator scheme and a scoring round, a routine round, a term, a
 * special appraisal and a field stay (see {@link #world}). {@code *} marks a public endpoint. A
 * refused role gets 403 whatever it sends: an endpoint must check the caller before the request.
 * The second table does the same for the task actions of /engine-rest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

  enum Role { ADMIN, OD, TEAM, TEAM2, PC, OFFICE, CADRE }

  /** METHOD path[?query] | allowed roles (A O T T2 P F C) and marks. */
  private static final String[] ROWS = {
      "DELETE /api/campaigns/{id}/negative-lists/{office}/cadres/{cadreCode} | F",
      "GET /api/accounts/sign-ins | A",
      "GET /api/ballots/sheet | *",
      "GET /api/cadres/{code}/evaluation?campaign={id} | A O P",
      "GET /api/cadres/{code}/file | A O P C",
      "GET /api/cadres/{code}/history | A O P C",
      "GET /api/cadres/{code}/prior-grades | A O",
      "GET /api/cadres/{code}/routine-scores | A O P C",
      "GET /api/campaigns/{id} | A O P",
      "GET /api/campaigns/{id}/calibration | A O P",
      "GET /api/campaigns/{id}/dashboard | A O P",
      "GET /api/campaigns/{id}/calibration.xlsx | A O P",
      "GET /api/campaigns/{id}/evaluation?unit={unit} | A O P T",
      "GET /api/campaigns/{id}/negative-lists | A O",
      "GET /api/campaigns/{id}/negative-lists/{office} | A O F",
      "GET /api/campaigns/{id}/negative-lists/{office}.xlsx | A O F",
      "GET /api/campaigns/{id}/negative-lists/{office}/history | A O F",
      "GET /api/campaigns/{id}/red-lights | A O P",
      "GET /api/campaigns/{id}/result-actions | A O",
      "GET /api/campaigns/{id}/results | A O P",
      "GET /api/campaigns/{id}/results.xlsx | A O P",
      "GET /api/campaigns/{id}/scores | A O P",
      "GET /api/campaigns/{id}/scores.xlsx | A O P",
      "GET /api/campaigns/{id}/tallies | A O",
      "GET /api/campaigns/{id}/tallies.xlsx | A O",
      "GET /api/campaigns/{id}/tallies/{unitCode} | A O",
      "GET /api/campaigns/{id}/tallies/{unitCode}/history | A O",
      "GET /api/campaigns/{id}/units/{unitCode}/interviews | A O T",
      "GET /api/campaigns/{id}/units/{unitCode}/reports | A O T",
      "GET /api/field-stays | A O T T2 P F C",
      "GET /api/field-stays/{id} | A O T P",
      "GET /api/field-stays/{id}/red-lights | A O T P",
      // the schemes units are scored by are published to everyone who works with the round
      "GET /api/indicator-schemes | A O T T2 P F C",
      "GET /api/indicator-schemes/{id} | A O T T2 P F C",
      "GET /api/indicator-schemes/{id}.xlsx | A O T T2 P F C",
      "GET /api/issuing-organ | A O",
      "GET /api/messages | A O T T2 P F C",
      "GET /api/messages/unread-count | A O T T2 P F C",
      "GET /api/notices | A O",
      "GET /api/notices/register.xlsx | A O",
      "GET /api/notices/{notice} | A O C",
      "GET /api/notices/{notice}.docx | A O C",
      "GET /api/notices/{notice}.pdf | A O C",
      "GET /api/offices | A O",
      "GET /api/roster/template.xlsx | A O",
      "GET /api/routine-rounds | A O P",
      "GET /api/routine-rounds/{id} | A O P",
      "GET /api/routine-rounds/{id}/red-lights | A O P",
      "GET /api/routine-rounds/{id}/units/{unitCode} | A O P",
      "GET /api/routine-rounds/{id}/units/{unitCode}.xlsx | A O P",
      "GET /api/routine-rounds/{id}/units/{unitCode}/history | A O P",
      "GET /api/scoring-rounds | A O P",
      "GET /api/scoring-rounds/{id} | A O P",
      "GET /api/scoring-rounds/{id}/history | A O P",
      "GET /api/scoring-rounds/{id}/offices/{office}/sheet | A O F",
      "GET /api/scoring-rounds/{id}/offices/{office}/sheet.xlsx | A O F",
      "GET /api/scoring-rounds/{id}/red-lights | A O P",
      "GET /api/scoring-rounds/{id}/scores | A O P",
      "GET /api/scoring-rounds/{id}/scores.xlsx | A O P",
      // lists answer everyone, filtered to what the caller may read
      "GET /api/special-appraisals | A O T T2 P F C",
      "GET /api/special-appraisals/{id} | A O T P",
      "GET /api/special-appraisals/{id}/history | A O T P",
      "GET /api/special-appraisals/{id}/red-lights | A O T P",
      "GET /api/talent-pools | A O P",
      "GET /api/talent-pools/{pool}/members | A O P",
      "GET /api/terms | A O P",
      "GET /api/terms/{id} | A O P",
      "GET /api/terms/{id}/history | A O P",
      "GET /api/terms/{id}/red-lights | A O P",
      "POST /api/account/password | A O T T2 P F C",
      "POST /api/accounts/{userId}/password-reset | A O",
      "POST /api/ballots | *",
      "POST /api/cadres/{code}/prior-grades | A O",
      "POST /api/campaigns | A O",
      "POST /api/campaigns/{id}/ballot-tokens | A O",
      "POST /api/campaigns/{id}/calibration.xlsx | A O",
      "POST /api/campaigns/{id}/calibration/changes | A O",
      "POST /api/campaigns/{id}/calibration/send-back | P",
      "POST /api/campaigns/{id}/evaluation/close | A O",
      "POST /api/campaigns/{id}/negative-lists/{office}.xlsx | A O F",
      "POST /api/campaigns/{id}/objections | A O",
      "POST /api/campaigns/{id}/paper-ballots?unit={unit} | A O",
      "POST /api/campaigns/{id}/tallies.xlsx | A O",
      "POST /api/campaigns/{id}/tallies/submit-complete | A O",
      "POST /api/campaigns/{id}/tallies/{unitCode}/submit | A O",
      "POST /api/campaigns/{id}/units/{unitCode}/interviews/{cadreCode} | T",
      "POST /api/campaigns/{id}/units/{unitCode}/reports/{cadreCode}/review | T",
      "POST /api/field-stays | A O",
      "POST /api/indicator-schemes | A O",
      "POST /api/indicator-schemes.xlsx | A O",
      "POST /api/indicator-schemes/{id}/copy | A O",
      "POST /api/messages/read-all | A O T T2 P F C",
      "POST /api/messages/{message}/read | A O T T2 P F C",
      "POST /api/offices | A O",
      "POST /api/roster | A O",
      "POST /api/routine-rounds | A O",
      "POST /api/routine-rounds/{id}/units/{unitCode}.xlsx | A O",
      "POST /api/scoring-rounds | A O",
      "POST /api/scoring-rounds/{id}/offices/{office}/sheet.xlsx | A O F",
      "POST /api/special-appraisals | A O",
      "POST /api/talent-pools | A O",
      "POST /api/terms | A O",
      "POST /api/terms/{id}/archive-grades | A O",
      "POST /api/terms/{id}/review | A O",
      "PUT /api/campaigns/{id}/negative-lists/{office}/cadres/{cadreCode} | F",
      "PUT /api/campaigns/{id}/tallies/{unitCode} | A O",
      "PUT /api/indicator-schemes/{id} | A O",
      "PUT /api/issuing-organ | A O",
      "PUT /api/offices/{code} | A O",
      "PUT /api/routine-rounds/{id}/units/{unitCode} | A O",
      "PUT /api/scoring-rounds/{id}/offices/{office}/sheet | A O F",
      "PUT /api/scoring-rounds/{id}/units/{unit}/grade | A O",
  };

  /**
   * /engine-rest task actions on two of the world's tasks: the principal's own self-report (its
   * assignee, the cadre) and the routine round's scoring task of org-dept (a candidate group). A
   * refused role finds no such task (404) or is refused (403), and learns nothing of it (not its
   * name); an allowed role gets past the checks — where the body sets a routing fact, only to be
   * refused as bad input (400). {@code #}: a query that lists the task to the allowed roles and to
   * nobody else; {@code -}: nobody, administrators included. The world is put back after each row.
   */
  private static final String[] ENGINE_ROWS = {
      "GET /engine-rest/task?taskId={selfReport} | # A C",
      "GET /engine-rest/task/{selfReport} | A C",
      "GET /engine-rest/task/{selfReport}/variables | A C",
      "GET /engine-rest/task/{selfReport}/form-variables | A C",
      "GET /engine-rest/task/{selfReport}/deployed-form | A C",
      "POST /engine-rest/task/{selfReport}/claim {holder} | A C",
      "POST /engine-rest/task/{selfReport}/submit-form {routing} | A C",
      "POST /engine-rest/task/{selfReport}/complete {routing} | A C",
      // variables change through forms only; a task is handed on by org-dept, never by its holder
      "PUT /engine-rest/task/{selfReport}/variables/cadreUserId {value} | -",
      "POST /engine-rest/task/{selfReport}/assignee {other} | A",
      "POST /engine-rest/task/{selfReport}/delegate {other} | A",
      "POST /engine-rest/task/{selfReport}/identity-links {candidate} | A",
      "DELETE /engine-rest/task/{selfReport} | -",
      "GET /engine-rest/task?taskId={scoreUnit} | # A O",
      "GET /engine-rest/task/{scoreUnit} | A O",
      "GET /engine-rest/task/{scoreUnit}/variables | A O",
      "GET /engine-rest/task/{scoreUnit}/form-variables | A O",
      "POST /engine-rest/task/{scoreUnit}/claim {holder} | A O",
      "POST /engine-rest/task/{scoreUnit}/unclaim | A O",
      "POST /engine-rest/task/{scoreUnit}/submit-form {routing} | A O",
      "POST /engine-rest/task/{scoreUnit}/complete {routing} | A O",
      "PUT /engine-rest/task/{scoreUnit}/variables/cadreUserId {value} | -",
      "POST /engine-rest/task/{scoreUnit}/assignee {other} | A O",
      "POST /engine-rest/task/{scoreUnit}/identity-links {candidate} | A O",
      "DELETE /engine-rest/task/{scoreUnit} | -",
  };

  @Autowired ApplicationContext context;
  @Autowired TestRestTemplate template;
  @Autowired NoticeService notices;
  @Autowired OrganisationService organisation;
  @Autowired PlatformTransactionManager transactions;
  @Autowired TaskService tasks;

  private RoundDriver.Round round;
  /** The world's resources by the names the rows use: {notice}, {routine}, {selfReport}… */
  private final Map<String, String> ids = new LinkedHashMap<>();
  private final Map<Role, String> users = new LinkedHashMap<>();

  /**
   * The world: a round of two units (u01 with its principal and deputy), and beside it everything
   * else a row may be about — a notice, a talent pool, an indicator scheme, a unit-scoring round, a
   * routine round, a term, a special appraisal and a field stay, all on unit u01.
   */
  @BeforeAll
  void world() {
    round = RoundDriver.of(context).year(2079).open("az", 2, 2);
    String unit = round.unitCode(1);
    ids.put("{notice}", Long.toString(new TransactionTemplate(transactions).execute(tx -> notices.issue(NoticeType.RESULT,
        organisation.cadreByCode(round.cadreCode(1, 1)), "az-matrix", Map.of("year", 2079, "grade", "称职",
            "problems", "", "suggestions", "", "annualScore", ""))).getId()));
    // the notice told its recipient: a message that is theirs alone (anyone else's read finds nothing)
    ids.put("{message}", Long.toString(context.getBean(cn.cadre.appraisal.message.MessageService.class)
        .inbox(round.cadreCode(1, 1), false).get(0).getId()));
    ids.put("{pool}", create("/api/talent-pools", Map.of("name", "矩阵测试人才库")));
    ids.put("{scheme}", create("/api/indicator-schemes", Map.of("year", 2079, "category", "CITY", "formula", "MULTIPLIER",
        "paperWeights", Map.of("DEVELOPMENT", 100), "indicators", List.of(
            Map.of("code", "D1", "name", "经济发展", "paper", "DEVELOPMENT", "fullPoints", 100, "weight", 100,
                "office", "DISCIPLINE"),
            Map.of("code", "P1", "name", "党建工作", "paper", "PARTY_BUILDING", "fullPoints", 100, "weight", 100,
                "office", "DISCIPLINE")))));
    String due = cn.cadre.appraisal.support.OrganisationClock.today().plusDays(20).toString();
    ids.put("{scoring}", create("/api/scoring-rounds", Map.of("year", 2079, "dueDate", due, "unitCodes", List.of(unit))));
    int year = cn.cadre.appraisal.support.OrganisationClock.today().getYear();
    ids.put("{routine}", create("/api/routine-rounds", Map.of("year", year, "period", "Q1", "units", List.of(unit),
        "dueDate", due)));
    ids.put("{term}", create("/api/terms", Map.of("unitCode", unit, "startYear", year - 1, "targets", List.of(
        Map.of("target", "矩阵测试目标", "indicator", "矩阵测试指标")))));
    ids.put("{special}", create("/api/special-appraisals", Map.of("title", "矩阵测试专项", "taskKind", "EMERGENCY",
        "mode", "AT_END", "dueDate", due, "cadres", List.of(round.cadreCode(1, 2)), "units", List.of(unit),
        "team", List.of(round.teamMemberOfUnit(unit)), "principals", List.of(round.cadreCode(1, 1)),
        "offices", List.of("DISCIPLINE"))));
    ids.put("{stay}", create("/api/field-stays", Map.of("unitCode", unit, "startsOn", cn.cadre.appraisal.support.OrganisationClock.today().toString(),
        "team", List.of(round.teamMemberOfUnit(unit)))));
    ids.put("{selfReport}", tasks.createTaskQuery().taskDefinitionKey("Task_SelfReport")
        .taskAssignee(round.cadreCode(1, 1)).singleResult().getId());
    ids.put("{scoreUnit}", tasks.createTaskQuery().taskDefinitionKey("Task_ScoreUnit")
        .processInstanceBusinessKeyLike("%/round-" + ids.get("{routine}")).singleResult().getId());

    users.put(Role.ADMIN, "admin");
    users.put(Role.OD, round.orgDept());
    users.put(Role.TEAM, round.teamMemberOfUnit(unit));
    users.put(Role.TEAM2, round.teamMemberOfUnit(round.unitCode(2)));
    users.put(Role.PC, round.committee());
    users.put(Role.OFFICE, "az-disc");
    users.put(Role.CADRE, round.cadreCode(1, 1));
  }

  private String create(String path, Map<String, Object> body) {
    ResponseEntity<String> created = template.withBasicAuth(round.orgDept(), RoundDriver.PASSWORD)
        .postForEntity(path, body, String.class);
    assertThat(created.getStatusCode().value()).as(path + " " + created.getBody()).isEqualTo(201);
    return created.getBody().replaceAll("(?s)^\\{\\s*\"id\"\\s*:\\s*(\\d+).*", "$1");
  }

  @Test
  void everyEndpointHasItsRow_andEveryRoleIsAnsweredAsItsRowSays() {
    Map<String, Endpoint> endpoints = endpoints();
    Map<String, String> rows = new LinkedHashMap<>();
    for (String row : ROWS) {
      String[] parts = row.split("\\|");
      rows.put(parts[0].strip(), parts[1].strip());
    }
    Set<String> withoutRow = new TreeSet<>(endpoints.keySet());
    rows.keySet().forEach(r -> withoutRow.remove(pattern(r)));
    assertThat(withoutRow).as("endpoints without a row: say who may call them").isEmpty();
    Set<String> stale = new TreeSet<>();
    rows.keySet().stream().filter(r -> !endpoints.containsKey(pattern(r))).forEach(stale::add);
    assertThat(stale).as("rows without an endpoint").isEmpty();

    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, String> row : rows.entrySet()) {
      String[] request = row.getKey().split(" ", 2);
      Endpoint endpoint = endpoints.get(pattern(row.getKey()));
      String path = fill(request[1]);
      String marks = row.getValue();
      Set<Role> allowed = allowed(marks);
      int anonymous = call(endpoint, HttpMethod.valueOf(request[0]), path, null);
      if (marks.contains("*") ? anonymous == 401 || anonymous == 403 || anonymous >= 500 : anonymous != 401) {
        wrong.add(row.getKey() + " anonymous → " + anonymous);
      }
      if (marks.contains("*")) {
        continue;
      }
      for (Map.Entry<Role, String> user : users.entrySet()) {
        int status = call(endpoint, HttpMethod.valueOf(request[0]), path, user.getValue());
        boolean ok;
        if (status >= 500) {
          ok = false;
        } else if (allowed.contains(user.getKey())) {
          ok = status != 401 && status != 403;
        } else {
          ok = status == 403;
        }
        if (!ok) {
          wrong.add(row.getKey() + " " + user.getKey() + " → " + status);
        }
      }
    }
    assertThat(wrong).as("answers that differ from the table").isEmpty();
  }

  @Test
  void everyRoleActsOnlyOnItsOwnTasksThroughEngineRest() {
    List<String> wrong = new ArrayList<>();
    for (String row : ENGINE_ROWS) {
      String[] parts = row.split("\\|");
      String[] request = parts[0].strip().split(" ");
      String marks = parts[1].strip();
      String path = fill(request[1]);
      boolean selfReport = request[1].contains("{selfReport}");
      String holder = selfReport ? round.cadreCode(1, 1) : round.orgDept();
      String body = request.length < 3 ? null : switch (request[2]) {
        case "{holder}" -> "{\"userId\":\"" + holder + "\"}";
        case "{routing}" -> "{\"variables\":{\"cadreUserId\":{\"value\":\"az-u02-c02\"}}}";
        case "{value}" -> "{\"value\":\"az-u02-c02\"}";
        case "{other}" -> "{\"userId\":\"az-u02-c02\"}";
        case "{candidate}" -> "{\"userId\":\"az-u02-c02\",\"type\":\"candidate\"}";
        default -> throw new IllegalArgumentException(request[2]);
      };
      Set<Role> allowed = allowed(marks);
      int anonymous = engine(HttpMethod.valueOf(request[0]), path, body, null).getStatusCode().value();
      if (anonymous != 401) {
        wrong.add(parts[0].strip() + " anonymous → " + anonymous);
      }
      for (Map.Entry<Role, String> user : users.entrySet()) {
        ResponseEntity<String> answer = engine(HttpMethod.valueOf(request[0]), path, body, user.getValue());
        int status = answer.getStatusCode().value();
        String text = answer.getBody() == null ? "" : answer.getBody();
        boolean ok;
        if (marks.startsWith("#")) {
          ok = status == 200 && text.contains(ids.get(selfReport ? "{selfReport}" : "{scoreUnit}")) == allowed.contains(user.getKey());
        } else if (allowed.contains(user.getKey())) {
          ok = status < 500 && status != 401 && status != 403 && status != 404;
        } else {
          // refused without a word about the task: not its name, not why its form would refuse
          ok = (status == 403 || status == 404) && !text.contains("述职") && !text.contains("平时考核")
              && !text.contains("does not have"); // the engine's refusals are said in Chinese too
        }
        if (!ok) {
          wrong.add(parts[0].strip() + " " + user.getKey() + " → " + status + " " + text);
        }
        putBack(selfReport, holder);
      }
    }
    assertThat(wrong).as("answers that differ from the table").isEmpty();
  }

  /** The engine named in the path is the application's; another name is no engine, signed in or not. */
  @Test
  void engineRestByTheEnginesName() {
    String cadre = round.cadreCode(1, 1);
    String path = "/engine-rest/engine/default/task?taskId=" + ids.get("{selfReport}");
    assertThat(engine(HttpMethod.GET, path, null, null).getStatusCode().value()).isEqualTo(401);
    assertThat(engine(HttpMethod.GET, path, null, cadre).getBody()).contains(ids.get("{selfReport}"));
    assertThat(engine(HttpMethod.GET, path, null, round.teamMemberOfUnit(round.unitCode(2))).getBody())
        .doesNotContain(ids.get("{selfReport}"));
    assertThat(engine(HttpMethod.GET, "/engine-rest/engine/other/task", null, cadre).getStatusCode().value()).isEqualTo(404);
  }

  /** The task as the world had it: its holder, no added candidate, no delegation. */
  private void putBack(boolean selfReport, String holder) {
    String id = ids.get(selfReport ? "{selfReport}" : "{scoreUnit}");
    org.camunda.bpm.engine.task.Task task = tasks.createTaskQuery().taskId(id).singleResult();
    assertThat(task).as("the row's task still exists").isNotNull();
    task.setAssignee(selfReport ? holder : null);
    task.setOwner(null);
    task.setDelegationState(null);
    tasks.saveTask(task);
    tasks.getIdentityLinksForTask(id).stream()
        .filter(link -> "az-u02-c02".equals(link.getUserId()))
        .forEach(link -> tasks.deleteCandidateUser(id, link.getUserId()));
  }

  private ResponseEntity<String> engine(HttpMethod method, String path, String body, String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    TestRestTemplate client = user == null ? template
        : template.withBasicAuth(user, "admin".equals(user) ? "admin" : RoundDriver.PASSWORD);
    return client.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  /** The row's endpoint as the mappings name it: its query dropped, the world's own names back to {id}. */
  private static String pattern(String row) {
    return row.replaceAll("\\?.*", "").replace("{notice}", "{id}").replace("{pool}", "{id}");
  }

  private record Endpoint(boolean json, boolean multipart) {}

  private int call(Endpoint endpoint, HttpMethod method, String path, String user) {
    HttpHeaders headers = new HttpHeaders();
    Object body = null;
    if (endpoint.multipart()) {
      headers.setContentType(MediaType.MULTIPART_FORM_DATA);
      LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
      parts.add("file", new ByteArrayResource(new byte[] {1}) {
        @Override
        public String getFilename() {
          return "x.xlsx";
        }
      });
      body = parts;
    } else if (endpoint.json()) {
      headers.setContentType(MediaType.APPLICATION_JSON);
      body = "{}";
    }
    TestRestTemplate client = user == null ? template
        : template.withBasicAuth(user, "admin".equals(user) ? "admin" : RoundDriver.PASSWORD);
    return client.exchange(path, method, new HttpEntity<>(body, headers), String.class).getStatusCode().value();
  }

  /** Every /api mapping as "METHOD pattern", with what kind of body it reads. */
  private Map<String, Endpoint> endpoints() {
    Map<String, Endpoint> endpoints = new LinkedHashMap<>();
    RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
      boolean json = Arrays.stream(e.getValue().getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
      boolean multipart = e.getKey().getConsumesCondition().getConsumableMediaTypes().contains(MediaType.MULTIPART_FORM_DATA)
          || Arrays.stream(e.getValue().getMethodParameters()).anyMatch(p -> p.getGenericParameterType().getTypeName()
              .contains("MultipartFile"));
      for (String pattern : e.getKey().getPatternValues()) {
        if (pattern.startsWith("/api/")) {
          for (RequestMethod method : e.getKey().getMethodsCondition().getMethods()) {
            // one row per method and path: a path served as JSON and as an upload is called as an upload
            endpoints.merge(method + " " + pattern, new Endpoint(json, multipart),
                (a, b) -> new Endpoint(a.json() || b.json(), a.multipart() || b.multipart()));
          }
        }
      }
    }
    return endpoints;
  }

  private static Set<Role> allowed(String marks) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String mark : marks.split("\\s+")) {
      switch (mark) {
        case "A" -> roles.add(Role.ADMIN);
        case "O" -> roles.add(Role.OD);
        case "T" -> roles.add(Role.TEAM);
        case "T2" -> roles.add(Role.TEAM2);
        case "P" -> roles.add(Role.PC);
        case "F" -> roles.add(Role.OFFICE);
        case "C" -> roles.add(Role.CADRE);
        default -> { }
      }
    }
    return roles;
  }

  /**
   * The round's campaign, unit 1, its principal and the discipline office, the world's other
   * resources by their rows' names; other ids exist nowhere.
   */
  private String fill(String path) {
    String p = path.replace("/api/campaigns/{id}", "/api/campaigns/" + round.campaignId())
        .replace("campaign={id}", "campaign=" + round.campaignId())
        .replace("/api/routine-rounds/{id}", "/api/routine-rounds/" + ids.get("{routine}"))
        .replace("/api/scoring-rounds/{id}", "/api/scoring-rounds/" + ids.get("{scoring}"))
        .replace("/api/indicator-schemes/{id}", "/api/indicator-schemes/" + ids.get("{scheme}"))
        .replace("/api/terms/{id}", "/api/terms/" + ids.get("{term}"))
        .replace("/api/special-appraisals/{id}", "/api/special-appraisals/" + ids.get("{special}"))
        .replace("/api/field-stays/{id}", "/api/field-stays/" + ids.get("{stay}"))
        .replace("{unit}", round.unitCode(1)).replace("{unitCode}", round.unitCode(1)).replace("{office}", "DISCIPLINE")
        .replace("/api/cadres/{code}", "/api/cadres/" + round.cadreCode(1, 1))
        .replace("/api/offices/{code}", "/api/offices/DISCIPLINE")
        .replace("{cadreCode}", round.cadreCode(1, 1))
        .replace("/api/accounts/{userId}", "/api/accounts/" + round.cadreCode(2, 2));
    for (Map.Entry<String, String> id : ids.entrySet()) {
      p = p.replace(id.getKey(), id.getValue());
    }
    return p.replaceAll("\\{[^}]+}", "999999");
  }
}
