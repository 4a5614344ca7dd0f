package cn.cadre.appraisal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The application's REST APIs (/api and /engine-rest) as one user at a time, the way a client calls them. */
public class RestClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestRestTemplate rest;
  private final String password;

  public RestClient(TestRestTemplate rest, String password) {
    this.rest = rest;
    this.password = password;
  }

  public ResponseEntity<String> get(String user, String path) {
    return rest.withBasicAuth(user, password).getForEntity(path, String.class);
  }

  public ResponseEntity<String> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String json = body instanceof String s ? s : write(body);
    return rest.withBasicAuth(user, password).exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
  }

  public ResponseEntity<String> put(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String json = body instanceof String s ? s : write(body);
    return rest.withBasicAuth(user, password).exchange(path, HttpMethod.PUT, new HttpEntity<>(json, headers), String.class);
  }

  /** A binary download (e.g. an .xlsx). */
  public ResponseEntity<byte[]> bytes(String user, String path) {
    return rest.withBasicAuth(user, password).getForEntity(path, byte[].class);
  }

  /** A file upload as a browser form sends it: multipart/form-data with one file part. */
  public ResponseEntity<String> upload(String user, String path, String part, String fileName, byte[] content) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    org.springframework.util.LinkedMultiValueMap<String, Object> body = new org.springframework.util.LinkedMultiValueMap<>();
    body.add(part, new org.springframework.core.io.ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    return rest.withBasicAuth(user, password).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  public JsonNode json(ResponseEntity<String> response) {
    try {
      return JSON.readTree(response.getBody() == null ? "null" : response.getBody());
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + response.getBody(), e);
    }
  }

  public List<String> taskIds(String user) {
    return json(get(user, "/engine-rest/task")).findValuesAsText("id");
  }

  /**
   * The one task with this definition key (and name containing {@code nameLike}) that the user may
   * see, waiting a little for it: joins and sub-process ends are asynchronous (the job executor).
   */
  public String task(String user, String definitionKey, String nameLike) {
    String path = "/engine-rest/task?taskDefinitionKey=" + definitionKey
        + (nameLike == null ? "" : "&nameLike=%" + nameLike + "%");
    JsonNode[] tasks = new JsonNode[1];
    try {
      await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
          .until(() -> (tasks[0] = json(get(user, path))).size() == 1);
    } catch (ConditionTimeoutException e) {
      assertThat(tasks[0]).as("%s tasks (%s) visible to %s", definitionKey, nameLike, user).hasSize(1);
    }
    return tasks[0].get(0).path("id").asText();
  }

  /** The one open task of a round's own process (a round-wide task such as an office's negative list). */
  public String roundTask(String user, String definitionKey, long campaignId) {
    String path = "/engine-rest/task?taskDefinitionKey=" + definitionKey
        + "&processInstanceBusinessKeyLike=%/campaign-" + campaignId;
    JsonNode[] tasks = new JsonNode[1];
    try {
      await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
          .until(() -> (tasks[0] = json(get(user, path))).size() == 1);
    } catch (ConditionTimeoutException e) {
      assertThat(tasks[0]).as("%s task of round %s visible to %s", definitionKey, campaignId, user).hasSize(1);
    }
    return tasks[0].get(0).path("id").asText();
  }

  /** The one open task of a unit's process in a round (business key {@code <year>-ANNUAL/unit-<code>}). */
  public String unitTask(String user, String definitionKey, int year, String unitCode) {
    JsonNode[] tasks = new JsonNode[1];
    String path = "/engine-rest/task?taskDefinitionKey=" + definitionKey + "&processInstanceBusinessKey=" + year
        + "-ANNUAL/unit-" + unitCode;
    try {
      await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
          .until(() -> (tasks[0] = json(get(user, path))).size() == 1);
    } catch (ConditionTimeoutException e) {
      assertThat(tasks[0]).as("%s task of %s, unit %s visible to %s", definitionKey, year, unitCode, user)
          .hasSize(1);
    }
    return tasks[0].get(0).path("id").asText();
  }

  /**
   * Waits until every unit process of a round has started: a round opens at once and starts its units
   * in the background (a job each), as its progress says ({@code starting}, {@code unitsStarted}).
   */
  public JsonNode awaitRoundStarted(String user, long campaignId) {
    JsonNode[] progress = new JsonNode[1];
    await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
        .until(() -> !(progress[0] = json(get(user, "/api/campaigns/" + campaignId)).path("progress")).path("starting")
            .asBoolean(true));
    return progress[0];
  }

  /** Submits a task form exactly as Tasklist does; returns the response for status checks. */
  public ResponseEntity<String> submit(String user, String taskId, Map<String, ?> values) {
    ObjectNode variables = JSON.createObjectNode();
    values.forEach((name, value) -> variables.set(name, JSON.createObjectNode().putPOJO("value", value)));
    return post(user, "/engine-rest/task/" + taskId + "/submit-form", JSON.createObjectNode().set("variables", variables));
  }

  /** Submits and expects success, after checking what the user may read and write (VariableGuardProbe). */
  public void complete(String user, String taskId, Map<String, ?> values) {
    VariableGuardProbe.check(this, user, taskId);
    ResponseEntity<String> response = submit(user, taskId, values);
    assertThat(response.getStatusCode()).as("completing %s as %s: %s", taskId, user, response.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  private static String write(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
