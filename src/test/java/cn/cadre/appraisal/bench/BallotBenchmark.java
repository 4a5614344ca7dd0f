package cn.cadre.appraisal.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * 民主测评 at Sichuan scale, through the HTTP API only: a roster of units and cadres is imported,
 * one round by ballot is started, every unit gets its one-time tokens, then every ballot is cast
 * by {@code POST /api/ballots} from a few concurrent clients, the units are counted by
 * {@code GET /api/campaigns/{id}/evaluation?unit=} and finally closed (ballots counted into the
 * tallies by the process). Prints throughput, latencies, aggregation times and heap, and checks
 * every count against what was cast. A benchmark, not a test: run it with
 * {@code ./mvnw -B -P benchmark verify [-Dbench.db=mysql]} (see docs/performance.md).
 *
 * <p>Parameters (system properties): bench.db (h2 | mysql), bench.units (165), bench.cadres (2400),
 * bench.evaluators (30 per unit), bench.threads (4 concurrent clients), bench.teams (11 appraisal
 * teams), bench.passes (2 aggregation passes), bench.close (true), bench.seed, bench.year (2040),
 * bench.mysql.host/port/user/password/database (127.0.0.1/3306/root/""/appraisal_bench), bench.spring
 * (application settings to try, "key=value;key=value").
 */
public final class BallotBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "bench-pw-1";
  private static final String ORG_DEPT = "bench-od";
  private static final String[] OVERALL = {"EXCELLENT", "COMPETENT", "BASICALLY_COMPETENT", "INCOMPETENT"};
  private static final String[] TEAM = {"GOOD", "FAIRLY_GOOD", "AVERAGE", "POOR"};

  private final String db = System.getProperty("bench.db", "h2").toLowerCase(Locale.ROOT);
  private final int units = Integer.getInteger("bench.units", 165);
  private final int cadres = Integer.getInteger("bench.cadres", 2400);
  private final int evaluators = Integer.getInteger("bench.evaluators", 30);
  private final int threads = Integer.getInteger("bench.threads", 4);
  private final int teams = Math.max(2, Math.min(Integer.getInteger("bench.teams", 11), Integer.getInteger("bench.units", 165)));
  private final int passes = Integer.getInteger("bench.passes", 2);
  private final boolean close = Boolean.parseBoolean(System.getProperty("bench.close", "true"));
  private final long seed = Long.getLong("bench.seed", 20240501L);
  private final int year = Integer.getInteger("bench.year", 2040);

  private final List<String> report = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();
  private HttpClient http;
  private String base;

  /** The units with their cadres' codes, as imported. */
  private final Map<String, List<String>> roster = new LinkedHashMap<>();
  /** What was cast, per cadre: votes per overall rating and the sum of political scores. */
  private final Map<String, long[]> castPerCadre = new LinkedHashMap<>();
  /** What was cast, per unit: team votes per rating. */
  private final Map<String, long[]> castPerTeam = new LinkedHashMap<>();

  public static void main(String[] args) throws Exception {
    int exit = new BallotBenchmark().run();
    System.exit(exit);
  }

  private int run() throws Exception {
    if (units < 1 || cadres < units || evaluators < 1 || threads < 1) {
      throw new IllegalArgumentException("need units >= 1, cadres >= units, evaluators >= 1, threads >= 1");
    }
    line("Ballot benchmark on %s: %d units, %d cadres, %d evaluators per unit, %d client threads, %d appraisal teams",
        db.equals("h2") ? "H2 (in-memory, profile test)" : "MariaDB/MySQL (profile mysql)", units, cadres, evaluators,
        threads, teams);
    line("JVM: %s %s, %d processors, max heap %d MiB", System.getProperty("java.vm.name"),
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);

    line("System load average (1 min) before: %.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    long t0 = System.nanoTime();
    ConfigurableApplicationContext context = start();
    line("Application started in %,d ms (port %s)", ms(t0), base);
    try {
      http = client();
      long campaignId = prepare();
      List<Ballot> ballots = ballots(tokens(campaignId));
      submit(ballots);
      for (int pass = 1; pass <= passes; pass++) {
        aggregate(campaignId, pass);
      }
      if (close) {
        closeAll(campaignId);
      }
      System.gc();
      line("Heap used at the end (after GC): %,d MiB", usedHeap() >> 20);
      line("System load average (1 min) after: %.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    } catch (Exception | AssertionError e) {
      e.printStackTrace();
      failures.add(e.toString());
    } finally {
      context.close();
    }
    if (failures.isEmpty()) {
      line("All checks passed.");
    } else {
      line("CHECKS FAILED (%d):", failures.size());
      failures.stream().limit(20).forEach(f -> line("  %s", f));
    }
    Path out = Path.of("target", "ballot-benchmark-" + db + ".txt");
    Files.createDirectories(out.getParent());
    Files.write(out, report, StandardCharsets.UTF_8);
    System.out.println("(written to " + out.toAbsolutePath() + ")");
    return failures.isEmpty() ? 0 : 1;
  }

  // ---- the application ------------------------------------------------------------------------

  private ConfigurableApplicationContext start() throws SQLException {
    BenchmarkApplication.Started started = BenchmarkApplication.start(db, text -> line("%s", text));
    base = started.base();
    return started.context();
  }

  private static HttpClient client() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  }

  // ---- roster, round, tokens --------------------------------------------------------------------

  /** Imports the roster and starts the round by ballot; answers the campaign id. */
  private long prepare() throws Exception {
    List<Map<String, Object>> unitRows = new ArrayList<>();
    List<Map<String, Object>> cadreRows = new ArrayList<>();
    List<Map<String, Object>> staffRows = new ArrayList<>();
    int cadreNo = 0;
    for (int u = 0; u < units; u++) {
      String unit = unitCode(u);
      unitRows.add(Map.of("code", unit, "name", String.format("基准测试第%03d单位", u + 1), "category",
          u % 3 == 0 ? "COUNTY" : "DEPARTMENT"));
      int size = cadres / units + (u < cadres % units ? 1 : 0);
      List<String> codes = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        String code = String.format("bench-c%05d", ++cadreNo);
        codes.add(code);
        cadreRows.add(Map.of("code", code, "name", "干部" + cadreNo, "position", i == 0 ? "局长" : "副局长",
            "role", i == 0 ? "PRINCIPAL" : "DEPUTY", "unitCode", unit, "userId", code,
            "birthDate", String.format("19%02d-%02d-01", 60 + cadreNo % 30, 1 + cadreNo % 12), "initialPassword", PASSWORD));
      }
      roster.put(unit, codes);
    }
    staffRows.add(Map.of("userId", ORG_DEPT, "name", "基准组织部", "homeUnitCode", unitCode(0), "groups", List.of("org-dept"),
        "initialPassword", PASSWORD));
    List<Map<String, Object>> teamRows = new ArrayList<>();
    for (int k = 0; k < teams; k++) {
      String member = String.format("bench-tm%02d", k + 1);
      // lives in a unit of the next team's share: never appraises its own unit (回避)
      staffRows.add(Map.of("userId", member, "name", "考核组成员" + (k + 1), "homeUnitCode", unitCode((k + 1) % teams),
          "groups", List.of("appraisal-team"), "initialPassword", PASSWORD));
      List<String> share = new ArrayList<>();
      for (int u = k; u < units; u += teams) {
        share.add(unitCode(u));
      }
      teamRows.add(Map.of("name", "第" + (k + 1) + "考核组", "members", List.of(member), "unitCodes", share));
    }

    long t = System.nanoTime();
    HttpResponse<String> imported = send("admin", "admin", "POST", "/api/roster",
        Map.of("units", unitRows, "cadres", cadreRows, "staff", staffRows));
    expect(imported, 200, "roster import");
    line("Roster import (POST /api/roster, %d units, %d cadres, %d staff): %,d ms", units, cadres, staffRows.size(), ms(t));

    t = System.nanoTime();
    Map<String, Object> round = new LinkedHashMap<>();
    round.put("year", year);
    round.put("kind", "ANNUAL");
    round.put("unitCodes", List.copyOf(roster.keySet()));
    round.put("stageDueDays", 30);
    round.put("evaluation", "BALLOTS");
    round.put("appraisalTeams", teamRows);
    HttpResponse<String> created = send(ORG_DEPT, PASSWORD, "POST", "/api/campaigns", round);
    expect(created, 201, "campaign start");
    long campaignId = JSON.readTree(created.body()).path("id").asLong();
    long answered = ms(t);
    // the units' processes start in the background, a job each: the round is ready when all have
    while (JSON.readTree(send(ORG_DEPT, PASSWORD, "GET", "/api/campaigns/" + campaignId, null).body()).path("progress")
        .path("starting").asBoolean(true)) {
      Thread.sleep(200);
    }
    line("Round start by ballot (POST /api/campaigns answered in %,d ms; %d unit processes started in the background"
        + " after %,d ms)", answered, units, ms(t));
    responsiveness(campaignId);
    return campaignId;
  }

  /**
   * What users open while every unit's first tasks are open: Tasklist's queries for an org-dept user,
   * an appraisal-team member and a cadre, and the round's progress and red lights (20 requests each,
   * after 3 to warm up), with the authorization rows the round made.
   */
  private void responsiveness(long campaignId) throws Exception {
    String cadre = roster.values().iterator().next().get(1);
    long open = JSON.readTree(send("admin", "admin", "GET", "/engine-rest/task/count", null).body()).path("count").asLong();
    long grants = JSON.readTree(send("admin", "admin", "GET", "/engine-rest/authorization/count", null).body())
        .path("count").asLong();
    line("Open tasks: %,d; authorization rows: %,d", open, grants);
    latency(ORG_DEPT, PASSWORD, "Tasklist, org-dept: candidate tasks (50)", "/engine-rest/task?candidateUser=" + ORG_DEPT
        + "&maxResults=50");
    latency("bench-tm01", PASSWORD, "Tasklist, team member: candidate tasks (50)", "/engine-rest/task?candidateUser=bench-tm01"
        + "&maxResults=50");
    latency(cadre, PASSWORD, "Tasklist, a cadre: own tasks", "/engine-rest/task?assignee=" + cadre);
    latency(ORG_DEPT, PASSWORD, "round progress (GET /api/campaigns/{id})", "/api/campaigns/" + campaignId);
    latency(ORG_DEPT, PASSWORD, "red lights", "/api/campaigns/" + campaignId + "/red-lights");
  }

  private void latency(String user, String password, String what, String path) throws Exception {
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      long t = System.nanoTime();
      HttpResponse<String> response = send(user, password, "GET", path, null);
      expect(response, 200, what);
      if (i >= 3) {
        times.add((System.nanoTime() - t) / 1_000_000);
      }
    }
    Collections.sort(times);
    line("  %-50s p50 %,5d ms, p95 %,5d ms, max %,5d ms", what, times.get(times.size() / 2),
        times.get((int) Math.ceil(times.size() * 0.95) - 1), times.get(times.size() - 1));
  }

  private Map<String, List<String>> tokens(long campaignId) throws Exception {
    Map<String, List<String>> tokens = new LinkedHashMap<>();
    long t = System.nanoTime();
    for (String unit : roster.keySet()) {
      List<String> codes = new ArrayList<>();
      while (codes.size() < evaluators) { // at most 2,000 tokens per request
        HttpResponse<String> issued = send(ORG_DEPT, PASSWORD, "POST", "/api/campaigns/" + campaignId + "/ballot-tokens",
            Map.of("unitCode", unit, "count", Math.min(2000, evaluators - codes.size())));
        expect(issued, 201, "tokens for " + unit);
        JSON.readTree(issued.body()).path("tokens").forEach(n -> codes.add(n.asText()));
      }
      if (codes.size() != evaluators) {
        failures.add(unit + ": " + codes.size() + " tokens issued, expected " + evaluators);
      }
      tokens.put(unit, codes);
    }
    line("Tokens (POST .../ballot-tokens, %d per unit, %,d in all): %,d ms", evaluators, units * evaluators, ms(t));
    return tokens;
  }

  // ---- ballots ------------------------------------------------------------------------------------

  private record Ballot(String unit, String body, int ratings) {}

  /**
   * One ballot per token, rated at random (seeded) with a realistic spread, in a shuffled order
   * (many units meet at the same time); what was cast is remembered to check the counts.
   */
  private List<Ballot> ballots(Map<String, List<String>> tokens) throws IOException {
    Random random = new Random(seed);
    List<Ballot> ballots = new ArrayList<>();
    for (Map.Entry<String, List<String>> unit : tokens.entrySet()) {
      long[] team = castPerTeam.computeIfAbsent(unit.getKey(), k -> new long[TEAM.length]);
      for (String token : unit.getValue()) {
        List<Map<String, Object>> ratings = new ArrayList<>();
        for (String cadre : roster.get(unit.getKey())) {
          int p = random.nextInt(100);
          int overall = p < 35 ? 0 : p < 92 ? 1 : p < 98 ? 2 : 3;
          int political = 60 + random.nextInt(41);
          long[] cast = castPerCadre.computeIfAbsent(cadre, k -> new long[OVERALL.length + 1]);
          cast[overall]++;
          cast[OVERALL.length] += political;
          ratings.add(Map.of("cadreCode", cadre, "overall", OVERALL[overall], "political", political,
              "scores", Map.of("de", score(random), "neng", score(random), "qin", score(random), "ji", score(random),
                  "lian", score(random))));
        }
        int p = random.nextInt(100);
        int teamRating = p < 55 ? 0 : p < 90 ? 1 : p < 98 ? 2 : 3;
        team[teamRating]++;
        String body = JSON.writeValueAsString(Map.of("token", token, "ratings", ratings, "team", Map.of("rating", TEAM[teamRating])));
        ballots.add(new Ballot(unit.getKey(), body, ratings.size()));
      }
    }
    Collections.shuffle(ballots, random);
    return ballots;
  }

  private static int score(Random random) {
    return 60 + random.nextInt(41);
  }

  private void submit(List<Ballot> ballots) throws Exception {
    long ratings = ballots.stream().mapToLong(Ballot::ratings).sum();
    long bytes = ballots.stream().mapToLong(b -> b.body().getBytes(StandardCharsets.UTF_8).length).sum();
    long[] latency = new long[ballots.size()];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    List<String> errors = Collections.synchronizedList(new ArrayList<>());
    AtomicLong progress = new AtomicLong(System.nanoTime());
    resetHeapPeaks();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long t = System.nanoTime();
    List<Future<?>> clients = new ArrayList<>();
    for (int c = 0; c < threads; c++) {
      clients.add(pool.submit(() -> {
        HttpClient own = client(); // one client (own connection) per evaluator thread
        for (int i; (i = next.getAndIncrement()) < ballots.size(); ) {
          HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/ballots"))
              .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ballots.get(i).body()))
              .build();
          long s = System.nanoTime();
          try {
            HttpResponse<String> response = own.send(request, HttpResponse.BodyHandlers.ofString());
            latency[i] = System.nanoTime() - s;
            if (response.statusCode() != 201) {
              refused.incrementAndGet();
              if (errors.size() < 5) {
                errors.add(response.statusCode() + " " + response.body());
              }
            }
          } catch (IOException | InterruptedException e) {
            latency[i] = System.nanoTime() - s;
            refused.incrementAndGet();
            errors.add(e.toString());
          }
          long now = System.nanoTime();
          long last = progress.get();
          if (now - last > 30_000_000_000L && progress.compareAndSet(last, now)) {
            System.out.printf("  ... %,d of %,d ballots after %,d s%n", i, ballots.size(), (now - t) / 1_000_000_000L);
          }
        }
        return null;
      }));
    }
    for (Future<?> client : clients) {
      client.get();
    }
    long wall = System.nanoTime() - t;
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.MINUTES);
    double seconds = wall / 1e9;
    long[] sorted = latency.clone();
    Arrays.sort(sorted);
    line("Ballots (POST /api/ballots, %d concurrent clients): %,d ballots carrying %,d cadre ratings (%,d KiB JSON) in %,.1f s",
        threads, ballots.size(), ratings, bytes >> 10, seconds);
    line("  throughput: %,.1f ballots/s, %,.0f cadre ratings/s", ballots.size() / seconds, ratings / seconds);
    line("  latency per ballot: mean %.1f ms, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
        Arrays.stream(latency).average().orElse(0) / 1e6, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
        sorted[sorted.length - 1] / 1e6);
    long peak = peakHeap();
    long used = usedHeap();
    System.gc();
    line("  heap: peak during the submissions %,d MiB (sum of the heap pools' peaks), %,d MiB at their end, %,d MiB live after GC",
        peak >> 20, used >> 20, usedHeap() >> 20);
    if (refused.get() > 0) {
      failures.add(refused.get() + " ballots not accepted, e.g. " + errors);
    }
  }

  // ---- counting -----------------------------------------------------------------------------------

  private void aggregate(long campaignId, int pass) throws Exception {
    long[] perUnit = new long[units];
    long ballots = 0;
    long ratings = 0;
    long t = System.nanoTime();
    int u = 0;
    List<String> checks = new ArrayList<>();
    for (String unit : roster.keySet()) {
      long s = System.nanoTime();
      HttpResponse<String> counted = send(ORG_DEPT, PASSWORD, "GET", "/api/campaigns/" + campaignId + "/evaluation?unit=" + unit, null);
      perUnit[u++] = System.nanoTime() - s;
      expect(counted, 200, "count of " + unit);
      JsonNode count = JSON.readTree(counted.body());
      ballots += count.path("ballots").asLong();
      check(count, unit, checks);
      for (JsonNode cadre : count.path("cadres")) {
        ratings += cadre.path("ballots").asLong();
      }
    }
    long wall = System.nanoTime() - t;
    long[] sorted = perUnit.clone();
    Arrays.sort(sorted);
    line("Aggregation pass %d (GET .../evaluation?unit=, one unit after another, %d units): %,d ms in all; per unit mean %.1f ms, "
        + "p50 %.1f ms, p95 %.1f ms, max %.1f ms", pass, units, wall / 1_000_000, Arrays.stream(perUnit).average().orElse(0) / 1e6,
        pct(sorted, 50), pct(sorted, 95), sorted[sorted.length - 1] / 1e6);
    line("  counted %,d ballots and %,d cadre ratings (expected %,d and %,d)", ballots, ratings, (long) units * evaluators,
        (long) cadres * evaluators);
    if (ballots != (long) units * evaluators || ratings != (long) cadres * evaluators) {
      failures.add("pass " + pass + ": counted " + ballots + " ballots / " + ratings + " ratings");
    }
    if (!checks.isEmpty()) {
      failures.add("pass " + pass + ": " + checks.size() + " counts differ from what was cast, e.g. " + checks.subList(0, Math.min(5, checks.size())));
    }
  }

  /** Every figure of a unit's count against what was cast. */
  private void check(JsonNode count, String unit, List<String> problems) {
    if (count.path("ballots").asLong() != evaluators) {
      problems.add(unit + " ballots " + count.path("ballots"));
    }
    if (count.path("tokensUsed").asLong() != evaluators || count.path("tokensUnused").asLong() != 0) {
      problems.add(unit + " tokens used/unused " + count.path("tokensUsed") + "/" + count.path("tokensUnused"));
    }
    long[] team = castPerTeam.get(unit);
    for (int i = 0; i < TEAM.length; i++) {
      if (count.path("team").path(TEAM[i]).asLong() != team[i]) {
        problems.add(unit + " team " + TEAM[i] + " " + count.path("team").path(TEAM[i]) + " != " + team[i]);
      }
    }
    if (count.path("cadres").size() != roster.get(unit).size()) {
      problems.add(unit + " cadres " + count.path("cadres").size());
    }
    String[] fields = {"excellent", "competent", "basic", "incompetent"};
    for (JsonNode cadre : count.path("cadres")) {
      long[] cast = castPerCadre.get(cadre.path("cadreCode").asText());
      if (cast == null || cadre.path("ballots").asLong() != evaluators) {
        problems.add(cadre.path("cadreCode").asText() + " ballots " + cadre.path("ballots"));
        continue;
      }
      for (int i = 0; i < fields.length; i++) {
        if (cadre.path(fields[i]).asLong() != cast[i]) {
          problems.add(cadre.path("cadreCode").asText() + " " + fields[i] + " " + cadre.path(fields[i]) + " != " + cast[i]);
        }
      }
      double political = (double) cast[OVERALL.length] / evaluators;
      if (Math.abs(cadre.path("political").asDouble() - political) > 0.005 + 1e-9) {
        problems.add(cadre.path("cadreCode").asText() + " political " + cadre.path("political") + " != " + political);
      }
    }
  }

  /** Org-dept closes every unit's window; the process counts the ballots into the tallies (a job per unit). */
  private void closeAll(long campaignId) throws Exception {
    long t = System.nanoTime();
    for (String unit : roster.keySet()) {
      expect(send(ORG_DEPT, PASSWORD, "POST", "/api/campaigns/" + campaignId + "/evaluation/close", Map.of("unitCode", unit)),
          202, "close " + unit);
    }
    long requested = ms(t);
    List<String> open = new ArrayList<>(roster.keySet());
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
    while (!open.isEmpty() && System.nanoTime() < deadline) {
      HttpResponse<String> counted = send(ORG_DEPT, PASSWORD, "GET", "/api/campaigns/" + campaignId + "/evaluation?unit=" + open.get(0), null);
      if (JSON.readTree(counted.body()).path("closed").asBoolean()) {
        open.remove(0);
      } else {
        Thread.sleep(100);
      }
    }
    line("Closing (POST .../evaluation/close for %d units, then the jobs count each unit into its tallies): "
        + "requests %,d ms, all closed and counted after %,d ms", units, requested, ms(t));
    if (!open.isEmpty()) {
      failures.add(open.size() + " units still open 30 minutes after closing");
    }
  }

  // ---- helpers ------------------------------------------------------------------------------------

  private HttpResponse<String> send(String user, String password, String method, String path, Object body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(30))
        .header("Accept", "application/json");
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static void expect(HttpResponse<String> response, int status, String what) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(what + ": HTTP " + response.statusCode() + " " + response.body());
    }
  }

  private static String unitCode(int index) {
    return String.format("bench-u%03d", index + 1);
  }

  private static double pct(long[] sorted, int percentile) {
    int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  private static long ms(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }

  private static long usedHeap() {
    return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
  }

  private static void resetHeapPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  private void line(String format, Object... args) {
    String text = String.format(Locale.ROOT, format, args);
    report.add(text);
    System.out.println(text);
  }
}
