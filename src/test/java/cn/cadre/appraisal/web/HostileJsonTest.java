package cn.cadre.appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every JSON endpoint of /api, found from the application's own mappings (so a new one is covered
 * without a line here), given a broken body, a body of the wrong shape and an absurdly nested one:
 * each is answered with a 4xx problem detail in Chinese — no English parser message, no stack — and
 * nothing is written to any table. Oversized JSON and an oversized upload are refused with 413.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HostileJsonTest {

  /** A body of the wrong shape may be refused by the parser (400) or, read as a tree, by the endpoint. */
  private static final int ANY_4XX = -1;

  @Autowired ApplicationContext context;
  @Autowired TestRestTemplate template;
  @Autowired JdbcTemplate jdbc;

  @Test
  void everyJsonEndpointRefusesBrokenWrongAndNestedBodiesInChinese_andWritesNothing() {
    List<String[]> endpoints = jsonEndpoints();
    assertThat(endpoints).as("the JSON endpoints of /api").hasSizeGreaterThan(20);
    Map<String, Long> before = rowCounts();
    String nested = "[".repeat(JsonLimits.MAX_NESTING + 10) + "]".repeat(JsonLimits.MAX_NESTING + 10);
    List<String> wrong = new ArrayList<>();
    for (String[] endpoint : endpoints) {
      check(endpoint, "{\"year\": 2030, \"unitCodes\": [", 400, "请求体不是有效的 JSON：第 1 行", wrong);
      check(endpoint, "\"文本\"", ANY_4XX, "", wrong);
      // refused at its first bracket by a typed endpoint (400), at its depth by one that reads a tree (413)
      check(endpoint, nested, ANY_4XX, "", wrong);
    }
    assertThat(wrong).as("endpoints answering otherwise").isEmpty();
    ResponseEntity<String> deep = send(HttpMethod.POST, "/api/roster", "{\"units\": " + nested + "}");
    assertThat(deep.getStatusCode().value()).as(deep.getBody()).isEqualTo(413);
    assertThat(deep.getBody()).contains("嵌套不超过 " + JsonLimits.MAX_NESTING + " 层");
    assertThat(rowCounts()).as("nothing written").isEqualTo(before);
  }

  @Test
  void oversizedJsonAndUploadsAre413_andWriteNothing() {
    Map<String, Long> before = rowCounts();
    String huge = "{\"units\": [], \"note\": \"" + "甲".repeat(4 * 1024 * 1024) + "\"}"; // 12 MB in UTF-8
    ResponseEntity<String> json = send(HttpMethod.POST, "/api/roster", huge);
    assertThat(json.getStatusCode().value()).as(json.getBody()).isEqualTo(413);
    assertThat(json.getBody()).contains("请求体超过上限（10 MB");

    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", new ByteArrayResource(new byte[11 * 1024 * 1024]) {
      @Override
      public String getFilename() {
        return "花名册.xlsx";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> upload = template.withBasicAuth("admin", "admin")
        .exchange("/api/roster", HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);
    assertThat(upload.getStatusCode().value()).as(upload.getBody()).isEqualTo(413);
    assertThat(upload.getBody()).contains("上传的文件过大（每个文件不超过 10 MB）");
    assertThat(rowCounts()).isEqualTo(before);
  }

  private void check(String[] endpoint, String body, int expected, String detail, List<String> wrong) {
    ResponseEntity<String> answer = send(HttpMethod.valueOf(endpoint[0]), endpoint[1], body);
    String text = answer.getBody() == null ? "" : answer.getBody();
    boolean chinese = text.contains("\"title\"") && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
        == Character.UnicodeScript.HAN);
    boolean leaks = Arrays.stream(new String[] {"Unexpected", "Source:", "JSON parse", "Cannot deserialize", "at [",
        "Exception", "jackson"}).anyMatch(text::contains);
    boolean status = expected == ANY_4XX ? answer.getStatusCode().is4xxClientError() : answer.getStatusCode().value() == expected;
    if (!status || !chinese || leaks || !text.contains(detail)) {
      wrong.add(endpoint[0] + " " + endpoint[1] + " ← " + body.substring(0, Math.min(20, body.length())) + " → "
          + answer.getStatusCode().value() + " " + text);
    }
  }

  private ResponseEntity<String> send(HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return template.withBasicAuth("admin", "admin").exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  /** METHOD and path (variables filled in) of every /api mapping that reads a JSON body. */
  private List<String[]> jsonEndpoints() {
    List<String[]> endpoints = new ArrayList<>();
    RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
      boolean json = Arrays.stream(e.getValue().getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(RequestBody.class)
          && p.getParameterType() != String.class && p.getParameterType() != byte[].class);
      if (!json) {
        continue;
      }
      for (String pattern : e.getKey().getPatternValues()) {
        if (!pattern.startsWith("/api/")) {
          continue;
        }
        String path = pattern.replaceAll("\\{[^}]+}", "1");
        for (RequestMethod method : e.getKey().getMethodsCondition().getMethods()) {
          endpoints.add(new String[] {method.name(), path});
        }
      }
    }
    return endpoints;
  }

  /** Rows in each of the application's own tables (the engine's are its business). */
  private Map<String, Long> rowCounts() {
    Map<String, Long> counts = new TreeMap<>();
    for (String table : jdbc.queryForList("select table_name from information_schema.tables where table_schema = schema()",
        String.class)) {
      String name = table.toLowerCase(Locale.ROOT);
      if (!name.startsWith("act_") && !name.startsWith("flyway")) {
        counts.put(name, jdbc.queryForObject("select count(*) from " + table, Long.class));
      }
    }
    return counts;
  }
}
