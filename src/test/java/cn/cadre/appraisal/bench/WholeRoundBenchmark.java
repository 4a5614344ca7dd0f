package cn.cadre.appraisal.bench;

import cn.cadre.bench.bare.BareEngine;
import cn.cadre.appraisal.support.Province;
import cn.cadre.appraisal.support.WholeRoundDriver;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A whole annual round of a synthetic province ({@link Province}: {@code bench.units} units,
 * {@code bench.cadres} cadres) run by {@link WholeRoundDriver} through the public HTTP APIs on the
 * product, then — like with like — a bare Camunda engine ({@link BareEngine}) on the same database
 * server completing as many user tasks of a one-task process through its REST API with the same kind
 * of client (tasks listed by the administrator, identity links read, the form submitted by a candidate).
 * Prints the round's figures, the end state's check, heap, history size and the ratio of task
 * completions per second, product / bare engine. Figures and commands in docs/performance.md.
 */
public final class WholeRoundBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<String> out = new ArrayList<>();

  public static void main(String[] args) {
    // exits whatever happens: a failed run must not leave its application (and the job executor) running
    int code = 2;
    try {
      code = new WholeRoundBenchmark().run();
    } catch (Throwable e) {
      e.printStackTrace();
    } finally {
      System.exit(code);
    }
  }

  private int run() throws Exception {
    String db = System.getProperty("bench.db", "h2");
    int units = Integer.getInteger("bench.units", 165);
    int cadres = Integer.getInteger("bench.cadres", 2400);
    int threads = Integer.getInteger("bench.threads", 2);
    int evaluators = Integer.getInteger("bench.evaluators", 30);
    long seed = Long.getLong("bench.seed", 2026);
    boolean baseline = Boolean.parseBoolean(System.getProperty("bench.baseline", "true"));
    line("Whole-round benchmark on %s: %d units, %d cadres, %d evaluators per unit, %d client threads, seed %d", db, units,
        cadres, evaluators, threads, seed);
    line("JVM %s, %d processors, max heap %,d MiB; load average at the start %.2f", System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, load());

    BenchmarkApplication.Started app = BenchmarkApplication.start(db, this::line);
    Province province = Province.generate("rb", seed, units, cadres);
    WholeRoundDriver.Settings settings = new WholeRoundDriver.Settings(2090, "BALLOTS", evaluators, threads, 0.2,
        Duration.ofHours(2));
    WholeRoundDriver driver = new WholeRoundDriver(app.base(), "s3cret-pw", "admin", settings, this::line);
    resetPeaks();
    Usage before = Usage.now(db);
    AtomicReference<Usage> phaseStart = new AtomicReference<>();
    AtomicReference<Usage> phase = new AtomicReference<>();
    driver.aroundTaskPhase(() -> phaseStart.set(Usage.now(db)), () -> phase.set(Usage.now(db).since(phaseStart.get())));
    WholeRoundDriver.Report report = driver.run(province);
    Usage whole = Usage.now(db).since(before);
    WholeRoundDriver.describe(report).forEach(this::line);
    line("  task phase: " + driver.timeSplit());
    line("  HTTP requests by the driver: %,d; load average %.2f", driver.requests(), load());
    usage("whole run (import, round, ballots, tasks)", whole, report.tasksCompleted());
    usage("task phase alone", phase.get(), report.tasksCompleted());
    line("  heap: peak %,d MiB (sum of the heap pools' peaks), live after GC %,d MiB", peakHeapMiB(), liveHeapMiB());
    history(app.context().getBean(DataSource.class), db, report.cadres());
    app.context().close();

    if (baseline) {
      double bare = bareEngine(db, report.tasksCompleted(), threads);
      line("Ratio product / bare engine, task completions per second: %.1f / %.1f = %.2f", report.tasksPerSecond(), bare,
          report.tasksPerSecond() / bare);
      double productCpu = phase.get().cpuPerTask(report.tasksCompleted());
      if (productCpu > 0 && bareCpuPerTask > 0) {
        line("Machine CPU per task (JVM and database server), bare engine / product's task phase: %.1f / %.1f ms = %.2f",
            bareCpuPerTask, productCpu, bareCpuPerTask / productCpu);
      }
    }
    Path file = Path.of("target", "round-benchmark-" + db + ".txt");
    Files.createDirectories(file.getParent());
    Files.write(file, out, StandardCharsets.UTF_8);
    return report.problems().isEmpty() ? 0 : 1;
  }

  // ---- the bare engine ------------------------------------------------------------------------------

  /** {@code tasks} one-task instances started beforehand, completed over REST as the driver does; tasks/s. */
  private double bareEngine(String db, int tasks, int threads) throws Exception {
    String url = null;
    String user = System.getProperty("bench.mysql.user", "root");
    String password = System.getProperty("bench.mysql.password", "");
    if (!db.equals("h2")) {
      String hostPort = System.getProperty("bench.mysql.host", "127.0.0.1") + ":" + System.getProperty("bench.mysql.port", "3306");
      try (Connection c = DriverManager.getConnection("jdbc:mysql://" + hostPort + "/?useSSL=false&allowPublicKeyRetrieval=true",
          user, password); Statement s = c.createStatement()) {
        s.execute("drop database if exists appraisal_bare");
        s.execute("create database appraisal_bare character set utf8mb4");
      }
      url = "jdbc:mysql://" + hostPort + "/appraisal_bare?characterEncoding=UTF-8&sendFractionalSeconds=false"
          + "&nullDatabaseMeansCurrent=true&useSSL=false&allowPublicKeyRetrieval=true";
    }
    BareEngine.Started bare = BareEngine.start(url, user, password);
    try {
      var context = bare.context();
      IdentityService identity = context.getBean(IdentityService.class);
      var group = identity.newGroup("workers");
      group.setName("workers");
      identity.saveGroup(group);
      for (int t = 0; t < threads; t++) {
        var worker = identity.newUser("worker" + t);
        worker.setPassword("s3cret-pw");
        identity.saveUser(worker);
        identity.createMembership("worker" + t, "workers");
      }
      AuthorizationService authorizations = context.getBean(AuthorizationService.class);
      var grant = authorizations.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId("workers");
      grant.setResource(org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION);
      grant.setResourceId("bareTask");
      grant.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ);
      authorizations.saveAuthorization(grant);
      context.getBean(RepositoryService.class).createDeployment().addModelInstance("bare-task.bpmn",
          Bpmn.createExecutableProcess("bareTask").camundaHistoryTimeToLive(1825).startEvent().userTask("Task_Work")
              .name("办理").camundaCandidateGroups("workers").endEvent().done()).deploy();
      RuntimeService runtime = context.getBean(RuntimeService.class);
      TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
      long t = System.nanoTime();
      for (int from = 0; from < tasks; from += 500) {
        int first = from;
        tx.executeWithoutResult(s -> {
          for (int i = first; i < Math.min(tasks, first + 500); i++) {
            runtime.startProcessInstanceByKey("bareTask", "bare-" + i);
          }
        });
      }
      line("Bare engine (%s): %,d one-task instances started in %,d ms (setup, not timed)", db, tasks, ms(t));
      resetPeaks();
      t = System.nanoTime();
      Usage before = Usage.now(db);
      int done = completeAll(bare.base(), threads);
      long elapsed = ms(t);
      Usage used = Usage.now(db).since(before);
      double perSecond = done * 1000.0 / elapsed;
      line("Bare engine: %,d tasks completed over REST by %d client threads in %,d ms: %.1f tasks/s; heap peak %,d MiB",
          done, threads, elapsed, perSecond, peakHeapMiB());
      usage("bare engine (engine and client)", used, done);
      bareCpuPerTask = used.cpuPerTask(done);
      return perSecond;
    } finally {
      bare.context().close();
    }
  }

  /** Pass after pass, as WholeRoundDriver: list as admin (by id: creation times tie, and paging over ties repeats tasks), read each task's identity links, submit its form. */
  private int completeAll(String base, int threads) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      while (true) {
        List<JsonNode> open = new ArrayList<>();
        for (int first = 0; ; first += 500) {
          JsonNode page = JSON.readTree(send(http, base, "admin", "admin", "GET", "/engine-rest/task?processInstanceBusinessKeyLike="
              + URLEncoder.encode("bare-%", StandardCharsets.UTF_8) + "&sortBy=id&sortOrder=asc&firstResult=" + first
              + "&maxResults=500", null).body());
          page.forEach(open::add);
          if (page.size() < 500) {
            break;
          }
        }
        if (open.isEmpty()) {
          return done.get();
        }
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
          int worker = w;
          work.add(pool.submit(() -> {
            for (int i = worker; i < open.size(); i += threads) {
              String id = open.get(i).path("id").asText();
              send(http, base, "admin", "admin", "GET", "/engine-rest/task/" + id + "/identity-links?type=candidate", null);
              HttpResponse<String> answer = send(http, base, "worker" + worker, "s3cret-pw", "POST",
                  "/engine-rest/task/" + id + "/submit-form", "{\"variables\":{\"note\":{\"value\":\"已办\"}}}");
              if (answer.statusCode() != 204) {
                throw new IllegalStateException("bare engine refused: " + answer.statusCode() + " " + answer.body());
              }
              done.incrementAndGet();
            }
            return null;
          }));
        }
        for (Future<?> f : work) {
          f.get();
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static HttpResponse<String> send(HttpClient http, String base, String user, String password, String method,
      String path, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  // ---- what the round left in the database ----------------------------------------------------------

  private void history(DataSource dataSource, String db, int cadres) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String table : List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_DETAIL",
        "ACT_HI_IDENTITYLINK", "ACT_HI_JOB_LOG", "ACT_RU_AUTHORIZATION", "ACT_GE_BYTEARRAY")) {
      rows.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    line("  rows after the round: %s", rows);
    line("  history rows per cadre: variables %.1f, variable details %.1f, activity instances %.1f, tasks %.1f",
        (double) rows.get("ACT_HI_VARINST") / cadres, (double) rows.get("ACT_HI_DETAIL") / cadres,
        (double) rows.get("ACT_HI_ACTINST") / cadres, (double) rows.get("ACT_HI_TASKINST") / cadres);
    if (!db.equals("h2")) {
      List<Map<String, Object>> sizes = jdbc.queryForList("select case when lower(table_name) like 'act_hi%' then 'history'"
          + " when lower(table_name) like 'act_%' then 'engine runtime and repository' else 'application' end as part,"
          + " sum(data_length + index_length) as bytes from information_schema.tables where table_schema = database()"
          + " group by part order by part");
      long total = 0;
      for (Map<String, Object> size : sizes) {
        long bytes = ((Number) size.get("bytes")).longValue();
        total += bytes;
        line("  database size, %s: %,d MiB (%,.1f KiB per cadre)", size.get("part"), bytes >> 20, bytes / 1024.0 / cadres);
      }
      line("  database size in all: %,d MiB", total >> 20);
    }
  }

  // ---- the machine ----------------------------------------------------------------------------------

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeapMiB() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
  }

  private static long liveHeapMiB() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static long cpuMs() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime()
        / 1_000_000;
  }

  /**
   * What a stretch of the run cost the machine: the JVM's CPU (application and client), the
   * database server's CPU when it runs on this host (its /proc entry; -1 otherwise) and its statement
   * and row counters (none on H2) — steadier than tasks per second on a busy machine.
   */
  private record Usage(long jvmMs, long databaseMs, Map<String, Long> work) {

    static Usage now(String db) {
      try {
        return new Usage(cpuMs(), databaseCpuMs(), databaseWork(db));
      } catch (Exception e) {
        throw new IllegalStateException("database counters: " + e.getMessage(), e);
      }
    }

    Usage since(Usage before) {
      Map<String, Long> delta = new LinkedHashMap<>();
      work.forEach((name, n) -> {
        if (before.work.containsKey(name)) {
          delta.put(name, n - before.work.get(name));
        }
      });
      return new Usage(jvmMs - before.jvmMs, databaseMs < 0 || before.databaseMs < 0 ? -1 : databaseMs - before.databaseMs,
          delta);
    }

    /** JVM and database server together; the JVM's alone when the server is elsewhere. */
    double cpuPerTask(int tasks) {
      return (double) (jvmMs + Math.max(0, databaseMs)) / tasks;
    }
  }

  private double bareCpuPerTask;

  private void usage(String what, Usage used, int tasks) {
    line("  %s: JVM CPU %,d ms, %.1f ms per task", what, used.jvmMs(), (double) used.jvmMs() / tasks);
    if (used.databaseMs() >= 0) {
      line("    database server CPU (MariaDB/MySQL on this host) %,d ms, %.1f ms per task", used.databaseMs(),
          (double) used.databaseMs() / tasks);
    }
    if (!used.work().isEmpty()) {
      StringBuilder perTask = new StringBuilder();
      used.work().forEach((name, n) -> perTask.append(perTask.isEmpty() ? "" : ", ").append(name).append(' ')
          .append(String.format("%.1f", (double) n / tasks)));
      line("    database server work per task: " + perTask);
    }
  }

  /** CPU time of a MariaDB/MySQL server on this host, -1 if there is none here. */
  private static long databaseCpuMs() {
    try (var entries = Files.list(Path.of("/proc"))) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        Path comm = entry.resolve("comm");
        if (entry.getFileName().toString().chars().allMatch(Character::isDigit) && Files.isReadable(comm)) {
          String name = Files.readString(comm).strip();
          if (name.equals("mariadbd") || name.equals("mysqld")) {
            String stat = Files.readString(entry.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime, the 14th and 15th fields of stat, in clock ticks of 1/100 s
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  // statements (a batch of inserts rewritten into one counts once), transactions, rows written and read
  private static final List<String> WORK = List.of("Questions", "Com_select", "Com_insert", "Com_update", "Com_delete",
      "Handler_commit", "Handler_write", "Handler_update", "Handler_delete", "Rows_read");

  /** The MariaDB/MySQL server's statement and row counters (empty on H2). */
  private static Map<String, Long> databaseWork(String db) throws Exception {
    Map<String, Long> counters = new LinkedHashMap<>();
    if (db.equals("h2")) {
      return counters;
    }
    String url = "jdbc:mysql://" + System.getProperty("bench.mysql.host", "127.0.0.1") + ":"
        + System.getProperty("bench.mysql.port", "3306") + "/?useSSL=false&allowPublicKeyRetrieval=true";
    try (Connection c = DriverManager.getConnection(url, System.getProperty("bench.mysql.user", "root"),
        System.getProperty("bench.mysql.password", "")); Statement s = c.createStatement();
        var rows = s.executeQuery("show global status")) {
      Map<String, Long> all = new java.util.HashMap<>();
      while (rows.next()) {
        if (WORK.contains(rows.getString(1))) {
          all.put(rows.getString(1), rows.getLong(2));
        }
      }
      WORK.stream().filter(all::containsKey).forEach(name -> counters.put(name, all.get(name)));
    }
    return counters;
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
