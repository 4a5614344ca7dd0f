package cn.cadre.appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The operators' endpoints: health and readiness answer anyone with UP or DOWN only; an administrator
 * signed in with HTTP Basic sees what each part says (database, engine, job executor); info needs a
 * sign-in; nothing else of Actuator is exposed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ActuatorTest {

  @Autowired TestRestTemplate rest;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void healthForAnyone_detailsForAdministrators() throws Exception {
    for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
      ResponseEntity<String> anonymous = rest.getForEntity(path, String.class);
      assertThat(anonymous.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      JsonNode body = json.readTree(anonymous.getBody());
      assertThat(body.path("status").asText()).as(path).isEqualTo("UP");
      assertThat(body.has("components")).as("no parts shown to anyone: %s", path).isFalse();
    }

    JsonNode readiness = json.readTree(rest.withBasicAuth("admin", "admin")
        .getForEntity("/actuator/health/readiness", String.class).getBody());
    assertThat(readiness.path("components").fieldNames()).toIterable()
        .containsExactlyInAnyOrder("readinessState", "db", "processEngine", "jobExecutor");
    assertThat(readiness.path("components").path("db").path("details").path("database").asText()).isEqualTo("H2");
    assertThat(readiness.path("components").path("jobExecutor").path("status").asText()).isEqualTo("UP");

    // a signed-in user who is no administrator sees the status, not the parts
    JsonNode orgDept = json.readTree(rest.withBasicAuth("orgdept", "demo").getForEntity("/actuator/health", String.class)
        .getBody());
    assertThat(orgDept.path("status").asText()).isEqualTo("UP");
    assertThat(orgDept.has("components")).isFalse();
  }

  @Test
  void infoAfterSignIn_andNothingElseExposed() throws Exception {
    ResponseEntity<String> anonymous = rest.getForEntity("/actuator/info", String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getBody()).contains("需要登录").doesNotContain("Unauthorized");

    JsonNode info = json.readTree(rest.withBasicAuth("admin", "admin").getForEntity("/actuator/info", String.class).getBody());
    assertThat(info.path("application").path("name").asText()).isEqualTo("干部考核");
    assertThat(info.path("build").path("artifact").asText()).isEqualTo("cadre-appraisal");

    for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump")) {
      assertThat(rest.withBasicAuth("admin", "admin").getForEntity(path, String.class).getStatusCode()).as(path)
          .isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(rest.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
  }
}
