package cn.cadre.appraisal.bench;

import cn.cadre.appraisal.support.Province;
import cn.cadre.appraisal.support.WholeRoundDriver;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Two application nodes on one MySQL/MariaDB database, as docs/operations.md describes them (the
 * packaged jar twice, different ports, job executors on both, the folder watch off): a whole round
 * of a province ({@code bench.units}, {@code bench.cadres}) driven across both nodes, one of them
 * killed with {@code kill -9} when {@code bench.killAt} of the tasks are done and started again
 * {@code bench.downSeconds} later. The driver's end-state check must hold (every ballot counted,
 * every cadre graded, each notice once, nothing open, no incident); the run also reports the tasks
 * the engine recorded as completed against the completions the driver was told of, and what the
 * nodes logged (optimistic locking, job retries). Run after {@code package}:
 * {@code ./mvnw -B -P round-benchmark verify -Dbench.main=cn.cadre.appraisal.bench.TwoNodeRun}.
 */
public final class TwoNodeRun {

  private final List<String> out = new ArrayList<>();
  private final String hostPort = System.getProperty("bench.mysql.host", "127.0.0.1") + ":"
      + System.getProperty("bench.mysql.port", "3306");
  private final String dbUser = System.getProperty("bench.mysql.user", "root");
  private final String dbPassword = System.getProperty("bench.mysql.password", "");
  private final String database = System.getProperty("bench.twonode.database", "appraisal_twonode");

  public static void main(String[] args) {
    int code = 2;
    try {
      code = new TwoNodeRun().run();
    } catch (Throwable e) {
      e.printStackTrace();
    } finally {
      System.exit(code);
    }
  }

  private int run() throws Exception {
    int units = Integer.getInteger("bench.units", 20);
    int cadres = Integer.getInteger("bench.cadres", 240);
    double killAt = Double.parseDouble(System.getProperty("bench.killAt", "0.3"));
    int down = Integer.getInteger("bench.downSeconds", 10);
    try (Connection c = DriverManager.getConnection("jdbc:mysql://" + hostPort + "/?useSSL=false&allowPublicKeyRetrieval=true",
        dbUser, dbPassword); Statement s = c.createStatement()) {
      s.execute("drop database if exists " + database);
      s.execute("create database " + database + " character set utf8mb4");
    }
    Path jar = jar();
    line("Two nodes of %s on %s/%s: %d units, %d cadres; node B killed (kill -9) after %.0f%% of the tasks, down %d s",
        jar.getFileName(), hostPort, database, units, cadres, killAt * 100, down);
    Node a = new Node("a", 18081, jar);
    Node b = new Node("b", 18082, jar);
    try {
      a.start(); // first alone: it migrates the schema and deploys the models
      b.start();
      Province province = Province.generate("tn", 11, units, cadres);
      int expectedTasks = (int) (cadres * 2.9); // self-report, analysis and the rest: about three tasks per cadre
      AtomicBoolean killed = new AtomicBoolean();
      WholeRoundDriver driver = new WholeRoundDriver(List.of(a.base(), b.base()), "s3cret-pw", "admin",
          new WholeRoundDriver.Settings(2091, "BALLOTS", 15, 2, 0.2, Duration.ofMinutes(60)), this::line);
      driver.afterCompletion(done -> {
        if (done >= expectedTasks * killAt && killed.compareAndSet(false, true)) {
          line("after %d completed tasks: kill -9 node b (pid %d)", done, b.pid());
          try {
            b.kill();
          } catch (Exception e) {
            throw new IllegalStateException("could not kill node b", e);
          }
          Thread restart = new Thread(() -> {
            try {
              Thread.sleep(down * 1000L);
              b.start();
              line("node b started again");
            } catch (Exception e) {
              line("node b did not start again: " + e);
            }
          });
          restart.setDaemon(true);
          restart.start();
        }
      });
      WholeRoundDriver.Report report = driver.run(province);
      WholeRoundDriver.describe(report).forEach(this::line);
      line("requests %,d, sent again to the other node after no answer: %,d", driver.requests(), driver.failovers());
      if (!killed.get()) {
        report.problems().add("no node was killed: the round had fewer tasks than expected");
      }
      engineRecord(report);
      for (Node node : List.of(a, b)) {
        node.logSummary();
      }
      Files.write(Path.of("target", "two-node-run.txt"), out, StandardCharsets.UTF_8);
      return report.problems().isEmpty() ? 0 : 1;
    } finally {
      a.kill();
      b.kill();
    }
  }

  /** What the engine recorded as completed tasks of the round, against what the driver was told. */
  private void engineRecord(WholeRoundDriver.Report report) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:mysql://" + hostPort + "/" + database
        + "?useSSL=false&allowPublicKeyRetrieval=true", dbUser, dbPassword); Statement s = c.createStatement()) {
      ResultSet completed = s.executeQuery("select count(*), count(distinct t.ID_) from ACT_HI_TASKINST t join ACT_HI_PROCINST p"
          + " on p.ID_ = t.PROC_INST_ID_ where p.BUSINESS_KEY_ like '2091-ANNUAL/%' and t.DELETE_REASON_ = 'completed'");
      completed.next();
      line("the engine's history: %,d tasks completed (%,d distinct); the driver was answered 204 for %,d",
          completed.getLong(1), completed.getLong(2), report.tasksCompleted());
      if (completed.getLong(1) < report.tasksCompleted()) {
        report.problems().add("fewer completed tasks in the history than completions answered");
      }
      ResultSet jobs = s.executeQuery("select count(*), coalesce(sum(case when RETRIES_ < 3 then 1 else 0 end), 0) from ACT_RU_JOB");
      jobs.next();
      line("jobs left: %d (%d retried)", jobs.getLong(1), jobs.getLong(2));
      ResultSet failed = s.executeQuery("select count(*) from ACT_HI_JOB_LOG where JOB_EXCEPTION_MSG_ is not null");
      failed.next();
      line("job log entries with an exception (failed attempts, retried): %d", failed.getLong(1));
    }
  }

  private static Path jar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.getFileName().toString().matches("cadre-appraisal-.*\\.jar"))
          .findFirst().orElseThrow(() -> new IllegalStateException("no target/cadre-appraisal-*.jar: run after package"));
    }
  }

  private final class Node {

    private final String name;
    private final int port;
    private final Path jar;
    private final Path log;
    private Process process;

    Node(String name, int port, Path jar) throws IOException {
      this.name = name;
      this.port = port;
      this.jar = jar;
      this.log = Path.of("target", "two-node-" + name + ".log");
      Files.deleteIfExists(log);
    }

    String base() {
      return "http://127.0.0.1:" + port;
    }

    long pid() {
      return process.pid();
    }

    void start() throws Exception {
      ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx1g", "-Dfile.encoding=UTF-8", "-jar", jar.toString(), "--spring.profiles.active=mysql",
          "--server.port=" + port, "--appraisal.deployment.watch=false");
      Map<String, String> env = builder.environment();
      env.put("APPRAISAL_DB_HOST", hostPort.substring(0, hostPort.lastIndexOf(':')));
      env.put("APPRAISAL_DB_PORT", hostPort.substring(hostPort.lastIndexOf(':') + 1));
      env.put("APPRAISAL_DB_NAME", database);
      env.put("APPRAISAL_DB_USER", dbUser);
      env.put("APPRAISAL_DB_PASSWORD", dbPassword);
      builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      long t = System.nanoTime();
      process = builder.start();
      HttpClient http = HttpClient.newHttpClient();
      while (true) {
        if (!process.isAlive()) {
          throw new IllegalStateException("node " + name + " exited: see " + log);
        }
        try {
          if (http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health")).build(),
              HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
            break;
          }
        } catch (IOException notYet) {
          // starting
        }
        Thread.sleep(500);
      }
      line("node %s up on port %d (pid %d) after %,d ms", name, port, process.pid(), (System.nanoTime() - t) / 1_000_000);
    }

    /** SIGKILL: no shutdown hook, no graceful stop of the job executor or the open transactions. */
    void kill() throws IOException, InterruptedException {
      if (process != null && process.isAlive()) {
        new ProcessBuilder("kill", "-9", Long.toString(process.pid())).inheritIO().start().waitFor();
        process.waitFor();
      }
    }

    void logSummary() throws IOException {
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (String key : List.of("OptimisticLockingException", "ENGINE-03005", "ENGINE-14006", "ENGINE-16004", "WARN", "ERROR")) {
        counts.put(key, 0);
      }
      for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
        counts.replaceAll((key, n) -> line.contains(key) ? n + 1 : n);
      }
      line("node %s logged (lines containing): %s; log in %s", name, counts, new File(log.toString()).getPath());
    }
  }

  private void line(String format, Object... args) {
    line(String.format(format, args));
  }

  private synchronized void line(String text) {
    System.out.println(text);
    out.add(text);
  }
}
