package cn.cadre.appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.notice.NoticeService;
import cn.cadre.appraisal.notice.NoticeType;
import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.support.RoundDriver;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
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
 * <p>The world also holds a notice to the principal and a talent pool ({@code {notice}}, {@code {pool}}).
 * Marks: {@code *} public; {@code ?} the row's resource (a routine or scoring round, a term…) does
 * not exist in this world, so only 401 and "no 5xx" are checked — those endpoints' roles are proved in
 * their scenarios. A refused role gets 403 whatever it sends: an endpoint must check the caller
 * before the request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
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
      "GET /api/campaigns/{id}/calibration.xlsx | A O P",
      "GET /api/campaigns/{id}/evaluation?unit={unit} | A O P T",
      "GET /api/campaigns/{id}/negative-lists | A O",
      "GET /api/campaigns/{id}/negative-lists/{office} | A O F",
      "GET /api/campaigns/{id}/negative-lists/{office}.xlsx | A O F",
      "GET /api/campaigns/{id}/negative-lists/{office}/history | A O F",
      "GET /api/campaigns/{id}/red-lights | A O P",
      "GET /api/campaigns/{id}/result-actions | A O",
      "GET /api/campaigns/{id}/results | A O P",
      "GET /api/campaigns/{id}/scores | ?",
      "GET /api/campaigns/{id}/scores.xlsx | ?",
      "GET /api/campaigns/{id}/tallies | A O",
      "GET /api/campaigns/{id}/tallies.xlsx | A O",
      "GET /api/campaigns/{id}/tallies/{unitCode} | A O",
      "GET /api/campaigns/{id}/tallies/{unitCode}/history | A O",
      "GET /api/campaigns/{id}/units/{unitCode}/interviews | A O T",
      "GET /api/campaigns/{id}/units/{unitCode}/reports | A O T",
      "GET /api/field-stays | A O T T2 P F C",
      "GET /api/field-stays/{id} | ?",
      "GET /api/field-stays/{id}/red-lights | ?",
      // the schemes units are scored by are published to everyone who works with the round
      "GET /api/indicator-schemes | A O T T2 P F C",
      "GET /api/indicator-schemes/{id} | ?",
      "GET /api/indicator-schemes/{id}.xlsx | ?",
      "GET /api/issuing-organ | A O",
      "GET /api/notices | A O",
      "GET /api/notices/{notice} | A O C",
      "GET /api/notices/{notice}.pdf | A O C",
      "GET /api/offices | A O",
      "GET /api/roster/template.xlsx | A O",
      "GET /api/routine-rounds | A O P",
      "GET /api/routine-rounds/{id} | ?",
      "GET /api/routine-rounds/{id}/red-lights | ?",
      "GET /api/routine-rounds/{id}/units/{unitCode} | ?",
      "GET /api/routine-rounds/{id}/units/{unitCode}.xlsx | ?",
      "GET /api/routine-rounds/{id}/units/{unitCode}/history | ?",
      "GET /api/scoring-rounds | A O P",
      "GET /api/scoring-rounds/{id} | ?",
      "GET /api/scoring-rounds/{id}/history | ?",
      "GET /api/scoring-rounds/{id}/offices/{office}/sheet | ?",
      "GET /api/scoring-rounds/{id}/offices/{office}/sheet.xlsx | ?",
      "GET /api/scoring-rounds/{id}/red-lights | ?",
      "GET /api/scoring-rounds/{id}/scores | ?",
      "GET /api/scoring-rounds/{id}/scores.xlsx | ?",
      // lists answer everyone, filtered to what the caller may read
      "GET /api/special-appraisals | A O T T2 P F C",
      "GET /api/special-appraisals/{id} | ?",
      "GET /api/special-appraisals/{id}/history | ?",
      "GET /api/special-appraisals/{id}/red-lights | ?",
      "GET /api/talent-pools | A O P",
      "GET /api/talent-pools/{pool}/members | A O P",
      "GET /api/terms | A O P",
      "GET /api/terms/{id} | ?",
      "GET /api/terms/{id}/history | ?",
      "GET /api/terms/{id}/red-lights | ?",
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
      "POST /api/indicator-schemes/{id}/copy | ?",
      "POST /api/offices | A O",
      "POST /api/roster | A O",
      "POST /api/routine-rounds | A O",
      "POST /api/routine-rounds/{id}/units/{unitCode}.xlsx | ?",
      "POST /api/scoring-rounds | A O",
      "POST /api/scoring-rounds/{id}/offices/{office}/sheet.xlsx | ?",
      "POST /api/special-appraisals | A O",
      "POST /api/talent-pools | A O",
      "POST /api/terms | A O",
      "POST /api/terms/{id}/archive-grades | ?",
      "POST /api/terms/{id}/review | ?",
      "PUT /api/campaigns/{id}/negative-lists/{office}/cadres/{cadreCode} | F",
      "PUT /api/campaigns/{id}/tallies/{unitCode} | A O",
      "PUT /api/indicator-schemes/{id} | ?",
      "PUT /api/issuing-organ | A O",
      "PUT /api/offices/{code} | A O",
      "PUT /api/routine-rounds/{id}/units/{unitCode} | ?",
      "PUT /api/scoring-rounds/{id}/offices/{office}/sheet | ?",
      "PUT /api/scoring-rounds/{id}/units/{unit}/grade | ?",
  };

  @Autowired ApplicationContext context;
  @Autowired TestRestTemplate template;
  @Autowired NoticeService notices;
  @Autowired OrganisationService organisation;
  @Autowired PlatformTransactionManager transactions;

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

    // the round the requests are about: unit u01, its principal, its team; the reset is of another user
    RoundDriver.Round round = RoundDriver.of(context).year(2079).open("az", 2, 2);
    // a notice to the unit's principal, and a talent pool: resources whose readers the rows name
    long notice = new TransactionTemplate(transactions).execute(tx -> notices.issue(NoticeType.RESULT,
        organisation.cadreByCode(round.cadreCode(1, 1)), "az-matrix", Map.of("year", 2079, "grade", "称职",
            "problems", "", "suggestions", "", "annualScore", ""))).getId();
    org.springframework.http.ResponseEntity<String> created = template.withBasicAuth(round.orgDept(), RoundDriver.PASSWORD)
        .postForEntity("/api/talent-pools", Map.of("name", "矩阵测试人才库"), String.class);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    String pool = created.getBody().replaceAll("(?s).*\"id\"\\s*:\\s*(\\d+).*", "$1");
    Map<Role, String> users = new LinkedHashMap<>();
    users.put(Role.ADMIN, "admin");
    users.put(Role.OD, round.orgDept());
    users.put(Role.TEAM, round.teamMemberOfUnit(round.unitCode(1)));
    users.put(Role.TEAM2, round.teamMemberOfUnit(round.unitCode(2)));
    users.put(Role.PC, round.committee());
    users.put(Role.OFFICE, "az-disc");
    users.put(Role.CADRE, round.cadreCode(1, 1));
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, String> row : rows.entrySet()) {
      String[] request = row.getKey().split(" ", 2);
      Endpoint endpoint = endpoints.get(pattern(row.getKey()));
      String path = fill(request[1].replace("{notice}", Long.toString(notice)).replace("{pool}", pool), round);
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
        } else if (marks.contains("?")) {
          ok = status != 401;
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

  /** The round's campaign, unit 1, its principal and the discipline office; other ids exist nowhere. */
  private static String fill(String path, RoundDriver.Round round) {
    String p = path.replace("/api/campaigns/{id}", "/api/campaigns/" + round.campaignId())
        .replace("campaign={id}", "campaign=" + round.campaignId())
        .replace("{unit}", round.unitCode(1)).replace("{unitCode}", round.unitCode(1)).replace("{office}", "DISCIPLINE")
        .replace("/api/cadres/{code}", "/api/cadres/" + round.cadreCode(1, 1))
        .replace("/api/offices/{code}", "/api/offices/DISCIPLINE")
        .replace("{cadreCode}", round.cadreCode(1, 1))
        .replace("/api/accounts/{userId}", "/api/accounts/" + round.cadreCode(2, 2));
    return p.replaceAll("\\{[^}]+}", "999999");
  }
}
