package cn.cadre.appraisal.bench;

import cn.cadre.appraisal.support.Province;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Responsiveness with many tasks open at once: a province ({@code bench.units}, {@code bench.cadres})
 * with {@code bench.rounds} annual rounds open side by side (one per year; each opens every cadre's
 * self-report and every principal's team summary, so the open tasks and the authorization rows grow
 * with each round), then what users open, 20 times each after 3 to warm up: Tasklist's filters
 * (我的待办, 本组待办: count and first page) and its candidate-task query for an org-dept user and an
 * appraisal-team member, a cadre's own tasks, and the rounds' progress and red lights. Figures in
 * docs/performance.md.
 */
public final class OpenTasksBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "s3cret-pw";
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final List<String> out = new ArrayList<>();
  private String base;

  public static void main(String[] args) {
    // exits whatever happens: a failed run must not leave its application (and the job executor) running
    int code = 2;
    try {
      new OpenTasksBenchmark().run();
      code = 0;
    } catch (Throwable e) {
      e.printStackTrace();
    } finally {
      System.exit(code);
    }
  }

  private void run() throws Exception {
    String db = System.getProperty("bench.db", "h2");
    int units = Integer.getInteger("bench.units", 165);
    int cadres = Integer.getInteger("bench.cadres", 2400);
    int rounds = Integer.getInteger("bench.rounds", 6);
    line("Open-tasks benchmark on %s: %d units, %d cadres, %d annual rounds open at once", db, units, cadres, rounds);
    line("load average at the start %.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    BenchmarkApplication.Started app = BenchmarkApplication.start(db, this::line);
    base = app.base();
    Province province = Province.generate("ot", 2026, units, cadres);
    long t = System.nanoTime();
    expect(send("admin", "admin", "POST", "/api/roster", province.roster(PASSWORD)), 200);
    line("roster import: %,d ms", ms(t));
    List<Long> campaigns = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      Map<String, Object> request = new LinkedHashMap<>();
      request.put("year", 2070 + r);
      request.put("kind", "ANNUAL");
      request.put("unitCodes", province.units.stream().map(Province.Unit::code).toList());
      request.put("stageDueDays", 30);
      request.put("appraisalTeams", province.appraisalTeams());
      t = System.nanoTime();
      long id = JSON.readTree(expect(send(province.orgDept, PASSWORD, "POST", "/api/campaigns", request), 201).body())
          .path("id").asLong();
      long answered = ms(t);
      while (JSON.readTree(send(province.orgDept, PASSWORD, "GET", "/api/campaigns/" + id, null).body()).path("progress")
          .path("starting").asBoolean(true)) {
        Thread.sleep(200);
      }
      campaigns.add(id);
      line("round %d (%d): answered in %,d ms, every unit started after %,d ms; open tasks now %,d, authorization rows %,d",
          r + 1, 2070 + r, answered, ms(t), count("/engine-rest/task/count"), count("/engine-rest/authorization/count"));
    }
    String member = province.teamMembers.get(0);
    String cadre = province.units.get(0).cadres().get(1).code();
    for (String user : List.of(province.orgDept, member)) {
      for (JsonNode filter : JSON.readTree(expect(send(user, PASSWORD, "GET", "/engine-rest/filter", null), 200).body())) {
        String name = filter.path("name").asText();
        String id = filter.path("id").asText();
        latency(user, "Tasklist filter " + name + " (" + user + "): count", "GET", "/engine-rest/filter/" + id + "/count", null);
        latency(user, "Tasklist filter " + name + " (" + user + "): first page of 15", "POST",
            "/engine-rest/filter/" + id + "/list?firstResult=0&maxResults=15",
            "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}");
      }
    }
    latency(province.orgDept, "GET /engine-rest/task?candidateUser= org-dept (15)", "GET",
        "/engine-rest/task?candidateUser=" + enc(province.orgDept) + "&maxResults=15", null);
    latency(member, "GET /engine-rest/task?candidateUser= team member (15)", "GET",
        "/engine-rest/task?candidateUser=" + enc(member) + "&maxResults=15", null);
    latency(member, "GET /engine-rest/task/count?candidateUser= team member", "GET",
        "/engine-rest/task/count?candidateUser=" + enc(member), null);
    latency(cadre, "GET /engine-rest/task?assignee= a cadre", "GET", "/engine-rest/task?assignee=" + enc(cadre), null);
    long last = campaigns.get(campaigns.size() - 1);
    latency(province.orgDept, "round progress (GET /api/campaigns/{id})", "GET", "/api/campaigns/" + last, null);
    latency(province.orgDept, "red lights", "GET", "/api/campaigns/" + last + "/red-lights", null);
    latency(province.orgDept, "dashboard", "GET", "/api/campaigns/" + last + "/dashboard", null);
    Path file = Path.of("target", "open-tasks-benchmark-" + db + ".txt");
    Files.createDirectories(file.getParent());
    Files.write(file, out, StandardCharsets.UTF_8);
    app.context().close();
  }

  private long count(String path) throws Exception {
    return JSON.readTree(expect(send("admin", "admin", "GET", path, null), 200).body()).path("count").asLong();
  }

  private void latency(String user, String what, String method, String path, String body) throws Exception {
    List<Long> times = new ArrayList<>();
    String sample = "";
    for (int i = 0; i < 23; i++) {
      long t = System.nanoTime();
      HttpResponse<String> response = expect(send(user, PASSWORD, method, path, body), 200);
      if (i >= 3) {
        times.add((System.nanoTime() - t) / 1_000_000);
      }
      sample = response.body();
    }
    Collections.sort(times);
    JsonNode answer = JSON.readTree(sample);
    String size = answer.isArray() ? answer.size() + " rows" : answer.has("count") ? "count " + answer.path("count") : "";
    line("  %-72s p50 %,5d ms, p95 %,5d ms, max %,5d ms  (%s)", what, times.get(times.size() / 2),
        times.get((int) Math.ceil(times.size() * 0.95) - 1), times.get(times.size() - 1), size);
  }

  private HttpResponse<String> send(String user, String password, String method, String path, Object body) throws Exception {
    String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
        .method(method, text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
    if (text != null) {
      request.header("Content-Type", "application/json");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException("HTTP " + response.statusCode() + " (expected " + status + "): " + response.body());
    }
    return response;
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static long ms(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }

  private void line(String format, Object... args) {
    line(String.format(format, args));
  }

  private void line(String text) {
    System.out.println(text);
    out.add(text);
  }
}
