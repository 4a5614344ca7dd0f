package cn.cadre.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.cadre.appraisal.support.CrashChild;
import cn.cadre.appraisal.support.MySqlAvailable;
import cn.cadre.appraisal.support.MySqlTestDatabase;
import cn.cadre.appraisal.support.OwnJvm;
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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application killed with SIGKILL twice on MariaDB — while it runs the public-notice timer, and
 * while it writes the result notices — and started again on the same database each time: the round
 * ends as if nothing had happened, with exactly one notice per cadre and team, one result-application
 * instance per grade, no incident and no task lost. Each node is a process of its own
 * ({@link CrashChild}); the jobs' lock time is shortened to 3 s here so the test does not wait the
 * production minute (the minute itself is checked in EngineSettingsTest).
 */
@Tag(OwnJvm.MYSQL_TAG)
@ExtendWith(MySqlAvailable.class)
class MySqlCrashRecoveryTest {

  private static final String DB = MySqlTestDatabase.NAME + "_crash";
  private static final int UNITS = 2;
  private static final int CADRES = UNITS * 3;

  private final List<Process> nodes = new ArrayList<>();

  @AfterEach
  void stopNodes() {
    nodes.forEach(Process::destroyForcibly);
  }

  @Test
  void killedDuringTheTimerAndDuringTheNotices_theRoundEndsWithEverythingOnce() throws Exception {
    MySqlTestDatabase.recreate(DB);
    Node first = start("first", true);
    long campaignId = Long.parseLong(first.awaitLine("READY (\\d+)", Duration.ofMinutes(4)));
    String reference = year() + "-ANNUAL/campaign-" + campaignId;

    // the public notice ends now: its timer is due, and the node dies while it runs it
    String timerId = single("select j.ID_ from ACT_RU_JOB j join ACT_RU_EXECUTION e on j.PROCESS_INSTANCE_ID_ = e.ID_ "
        + "where j.TYPE_ = 'timer' and e.BUSINESS_KEY_ = ?", reference).orElseThrow();
    String due = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(Instant.now().atOffset(ZoneOffset.UTC));
    first.put("/engine-rest/job/" + timerId + "/duedate", "{\"duedate\":\"" + due + "\"}");
    String atFirstKill = killWhen(first, () -> locked(timerId) || single("select ID_ from ACT_RU_JOB where ID_ = ?", timerId).isEmpty());
    System.out.println("[crash] first node killed with the timer " + atFirstKill);

    // a second node takes over (after the dead node's lock ends) and dies while the notices are written
    Node second = start("second", false);
    String atSecondKill = killWhen(second, () -> count("select count(*) from ACT_RU_JOB j join ACT_RU_JOBDEF d on j.JOB_DEF_ID_ = d.ID_ "
        + "where d.ACT_ID_ = 'Task_SendFeedback' and j.LOCK_OWNER_ is not null") > 0 || count("select count(*) from notice where reference = ?", reference) > 0);
    System.out.println("[crash] second node killed during the notices: " + count("select count(*) from notice where reference = ?",
        reference) + " notices committed; " + atSecondKill);

    start("third", false);
    await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() ->
        "DONE".equals(single("select status from campaign where id = ?", campaignId).orElse(""))
            && count("select count(distinct BUSINESS_KEY_) from ACT_HI_PROCINST where BUSINESS_KEY_ like ?", reference + "/%")
            == CADRES + UNITS);

    assertThat(count("select count(*) from notice where reference = ? and type = 'RESULT'", reference)).isEqualTo(CADRES);
    assertThat(count("select count(*) from notice where reference = ? and type = 'TEAM_RESULT'", reference)).isEqualTo(UNITS);
    assertThat(count("select count(*) from notice where reference = ? and html like '%中共崩溃测试县委组织部%' "
        + "and document_number like '崩组%'", reference)).as("issued by the organisation's own organ").isEqualTo(CADRES + UNITS);
    assertThat(count("select count(*) from (select type, recipient_cadre_id from notice where reference = ? "
        + "group by type, recipient_cadre_id having count(*) > 1) twice", reference)).as("a notice twice").isZero();
    assertThat(count("select count(*) from ACT_HI_PROCINST where BUSINESS_KEY_ like ?", reference + "/%"))
        .as("one result application per grade, none started twice").isEqualTo(CADRES + UNITS);
    assertThat(count("select count(*) from ACT_RU_INCIDENT")).as("incidents").isZero();
    assertThat(count("select count(*) from ACT_HI_PROCINST where BUSINESS_KEY_ = ? and END_TIME_ is not null", reference))
        .as("the round's process ended").isEqualTo(1);
    // every result application still running waits on a task (or a job) of its own: none lost
    assertThat(count("select count(*) from ACT_RU_EXECUTION p where p.BUSINESS_KEY_ like ? and p.PARENT_ID_ is null "
        + "and not exists (select 1 from ACT_RU_TASK t where t.PROC_INST_ID_ = p.ID_) "
        + "and not exists (select 1 from ACT_RU_JOB j where j.PROCESS_INSTANCE_ID_ = p.ID_)", reference + "/%")).isZero();
  }

  // ---- nodes -----------------------------------------------------------------------------------

  private Node start(String name, boolean drive) throws IOException, InterruptedException {
    Path log = Path.of("target", "crash-" + name + ".log");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // a node's start is most of this test's time: skip the optimising compiler, as short runs may
        "-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path")));
    if (drive) {
      command.addAll(List.of("-Dcrash.drive=cx", "-Dcrash.year=" + year()));
    }
    command.addAll(List.of(CrashChild.class.getName(), "--server.port=0",
        "--spring.datasource.url=" + MySqlTestDatabase.url(DB), "--spring.datasource.username=" + MySqlTestDatabase.user(),
        "--spring.datasource.password=" + MySqlTestDatabase.password(), "--appraisal.deployment.watch=false",
        "--camunda.bpm.job-execution.lock-time-in-millis=3000"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    nodes.add(process);
    Node node = new Node(process, log);
    node.port = node.awaitLine("PORT (\\d+)", Duration.ofMinutes(2));
    return node;
  }

  private static int year() {
    return 2071;
  }

  /** Polls every few milliseconds and kills the node (SIGKILL) as soon as the condition holds. */
  private static String killWhen(Node node, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("the moment to kill never came").isLessThan(deadline);
      assertThat(node.process.isAlive()).as("node died by itself").isTrue();
      Thread.sleep(2);
    }
    node.process.destroyForcibly().waitFor();
    return "at " + Instant.now();
  }

  private static final class Node {
    final Process process;
    final Path log;
    String port;

    Node(Process process, Path log) {
      this.process = process;
      this.log = log;
    }

    String awaitLine(String regex, Duration timeout) throws IOException, InterruptedException {
      Pattern pattern = Pattern.compile("^" + regex + "$", Pattern.MULTILINE);
      long deadline = System.nanoTime() + timeout.toNanos();
      while (System.nanoTime() < deadline) {
        Matcher m = pattern.matcher(Files.readString(log, StandardCharsets.UTF_8));
        if (m.find()) {
          return m.group(1);
        }
        assertThat(process.isAlive()).as("node stopped; see " + log).isTrue();
        Thread.sleep(200);
      }
      throw new AssertionError("no line " + regex + " within " + timeout + "; see " + log);
    }

    void put(String path, String json) throws IOException, InterruptedException {
      HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create("http://localhost:" + port + path))
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
          .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }
  }

  // ---- the database, read directly -------------------------------------------------------------

  private static boolean locked(String jobId) {
    return single("select LOCK_OWNER_ from ACT_RU_JOB where ID_ = ?", jobId).isPresent();
  }

  private static long count(String sql, Object... args) {
    return Long.parseLong(single(sql, args).orElse("0"));
  }

  private static Optional<String> single(String sql, Object... args) {
    try (Connection c = DriverManager.getConnection(MySqlTestDatabase.url(DB), MySqlTestDatabase.user(), MySqlTestDatabase.password());
         PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        statement.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
