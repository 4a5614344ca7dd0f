package cn.cadre.appraisal.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.process.engine.TaskReadAllowList;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Run by {@link RestClient#complete} before every task a scenario completes, so that every path the
 * scenarios walk for real (with the real variables in scope) checks the guard too: the user reads
 * nothing outside the task's row in TaskReadAllowList, and a routing fact slipped into the form is
 * refused.
 */
final class VariableGuardProbe {

  private VariableGuardProbe() {}

  static void check(RestClient api, String user, String taskId) {
    String base = "/engine-rest/task/" + taskId;
    String key = api.json(api.get(user, base)).path("taskDefinitionKey").asText();
    TaskReadAllowList.Row row = TaskReadAllowList.ROWS.get(key);
    assertThat(row).as("task %s has a row in TaskReadAllowList", key).isNotNull();
    assertThat(names(api, api.get(user, base + "/variables"))).as("%s reads from %s", user, key).isSubsetOf(row.readable());
    assertThat(names(api, api.get(user, base + "/form-variables"))).as("%s reads from %s's form", user, key)
        .isSubsetOf(row.readable());
    ResponseEntity<String> refused = api.post(user, base + "/submit-form",
        Map.of("variables", Map.of("cadreUserId", Map.of("value", user))));
    assertThat(refused.getStatusCode()).as("%s submits cadreUserId on %s: %s", user, key, refused.getBody())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private static Set<String> names(RestClient api, ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    Set<String> names = new TreeSet<>();
    JsonNode json = api.json(response);
    json.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
