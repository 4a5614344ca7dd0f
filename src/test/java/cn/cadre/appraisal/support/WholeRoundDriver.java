package cn.cadre.appraisal.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs a whole annual round of a {@link Province} through the public HTTP APIs only, as its users
 * would: the administrator imports the roster; org-dept opens the round; evaluators cast their ballots
 * (or org-dept enters the tally sheets); every user task is completed by its assignee or a candidate
 * through {@code /engine-rest} with the values its form sends, after what the task's page asks first
 * (reports reviewed, interviews recorded, offices' entries, calibration within the quota); the public
 * notice's timer is fired instead of waiting five working days; then every result path is worked
 * through until no process of the round is left. {@link #check} then reads the end state.
 *
 * <p>The driver finds the open tasks as the administrator (Cockpit's view) and acts as the user the
 * task is for; each worker thread takes whole process instances, as the people of one unit would.
 */
public final class WholeRoundDriver {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PAGE = 500;
  private static final int MAX_REFUSALS = 6;

  public record Settings(int year, String evaluation, int evaluators, int threads, double excellentQuota,
                         Duration timeout) {

    public static Settings small(int year) {
      return new Settings(year, "BALLOTS", 12, 2, 0.2, Duration.ofMinutes(5));
    }
  }

  /** What one run did and found: its figures and every deviation from the expected end state. */
  public record Report(long campaignId, int units, int cadres, int tasksCompleted, long roundMs, long importMs,
                       long openMs, long ballotsMs, long tasksMs, Map<String, int[]> byTask, Map<String, Integer> notices,
                       Map<String, Integer> grades, Map<String, Integer> paths, int refusals, List<String> problems) {

    public double tasksPerSecond() {
      return tasksCompleted * 1000.0 / Math.max(1, tasksMs);
    }
  }

  private final List<String> bases;
  private final AtomicInteger nextBase = new AtomicInteger();
  private final AtomicInteger failovers = new AtomicInteger();
  private final ThreadLocal<Boolean> failedOver = ThreadLocal.withInitial(() -> false);
  private volatile java.util.function.IntConsumer afterCompletion = n -> { };
  private Runnable taskPhaseStarts = () -> { };
  private Runnable taskPhaseEnds = () -> { };
  private final String password;
  private final String adminPassword;
  private final Settings settings;
  private final Consumer<String> log;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final Map<String, String> userFor = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> refused = new ConcurrentHashMap<>();
  private final Set<String> talliesSubmitted = ConcurrentHashMap.newKeySet();
  private final Set<String> listsFilled = ConcurrentHashMap.newKeySet();
  private final Map<String, int[]> byTask = new ConcurrentHashMap<>();
  private final AtomicInteger completed = new AtomicInteger();
  private final AtomicInteger refusals = new AtomicInteger();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong listingNanos = new AtomicLong();
  private final AtomicLong waitingNanos = new AtomicLong();
  private final AtomicLong actingNanos = new AtomicLong();

  public WholeRoundDriver(String base, String password, String adminPassword, Settings settings, Consumer<String> log) {
    this(List.of(base), password, adminPassword, settings, log);
  }

  /**
   * A driver spreading its requests over several nodes of one application (one database), in turn;
   * a request a node does not answer (stopped, killed) goes to the next.
   */
  public WholeRoundDriver(List<String> bases, String password, String adminPassword, Settings settings, Consumer<String> log) {
    this.bases = List.copyOf(bases);
    this.password = password;
    this.adminPassword = adminPassword;
    this.settings = settings;
    this.log = log;
  }

  public long requests() {
    return requests.get();
  }

  /**
   * Where the task phase's wall time went: listing the open tasks (the administrator's pages),
   * the workers acting (their requests, summed over the threads) and waiting with nothing to do
   * (the job executor's asynchronous steps: joins, notices, the next stage's tasks).
   */
  public String timeSplit() {
    return String.format("listing %,d ms, acting %,d ms (summed over the client threads), waiting for the engine's jobs %,d ms",
        listingNanos.get() / 1_000_000, actingNanos.get() / 1_000_000, waitingNanos.get() / 1_000_000);
  }

  /** Requests a node did not answer, sent again to the next node. */
  public int failovers() {
    return failovers.get();
  }

  /** Called with the number of tasks completed so far after each completion (a node killed in the middle). */
  public WholeRoundDriver afterCompletion(java.util.function.IntConsumer hook) {
    this.afterCompletion = hook;
    return this;
  }

  /** Called as the task phase starts (the round open and voted) and as it ends: to measure that phase alone. */
  public WholeRoundDriver aroundTaskPhase(Runnable starts, Runnable ends) {
    this.taskPhaseStarts = starts;
    this.taskPhaseEnds = ends;
    return this;
  }

  // ---- the run --------------------------------------------------------------------------------------

  public Report run(Province province) throws Exception {
    long start = System.nanoTime();
    long t = System.nanoTime();
    expect(send("admin", adminPassword, "POST", "/api/roster", province.roster(password)), 200, "roster import");
    long importMs = ms(t);
    // without an issuing organ (a new MySQL database) no notice is issued: org-dept names the demo's
    if (send(province.orgDept, password, "GET", "/api/issuing-organ", null).statusCode() == 404) {
      expect(send(province.orgDept, password, "PUT", "/api/issuing-organ",
          Map.of("name", "中共示范县委组织部", "documentPrefix", "示组")), 200, "issuing organ");
    }
    log.accept(String.format("roster import (POST /api/roster, %d units, %d cadres): %,d ms", province.units.size(),
        province.cadreCount(), importMs));

    t = System.nanoTime();
    long campaignId = open(province);
    long openMs = ms(t);
    log.accept(String.format("round opened and every unit started: %,d ms", openMs));

    t = System.nanoTime();
    if (settings.evaluation().equals("BALLOTS")) {
      castBallots(province, campaignId);
    }
    long ballotsMs = ms(t);

    taskPhaseStarts.run();
    t = System.nanoTime();
    workThroughTasks(province, campaignId);
    long tasksMs = ms(t);
    taskPhaseEnds.run();
    long roundMs = ms(start);
    log.accept(String.format("tasks: %,d completed in %,d ms (%.1f/s), %,d refused and repeated", completed.get(), tasksMs,
        completed.get() * 1000.0 / Math.max(1, tasksMs), refusals.get()));

    List<String> problems = new ArrayList<>();
    Map<String, Integer> notices = new TreeMap<>();
    Map<String, Integer> grades = new TreeMap<>();
    Map<String, Integer> paths = new TreeMap<>();
    check(province, campaignId, problems, notices, grades, paths);
    return new Report(campaignId, province.units.size(), province.cadreCount(), completed.get(), roundMs, importMs, openMs,
        ballotsMs, tasksMs, new TreeMap<>(byTask), notices, grades, paths, refusals.get(), problems);
  }

  private long open(Province province) throws Exception {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("year", settings.year());
    request.put("kind", "ANNUAL");
    request.put("unitCodes", province.units.stream().map(Province.Unit::code).toList());
    request.put("excellentQuota", settings.excellentQuota());
    request.put("publicNoticeDays", 5);
    request.put("stageDueDays", 30);
    request.put("evaluation", settings.evaluation());
    request.put("appraisalTeams", province.appraisalTeams());
    long campaignId = json(expect(send(province.orgDept, password, "POST", "/api/campaigns", request), 201, "round"))
        .path("id").asLong();
    long deadline = System.nanoTime() + settings.timeout().toNanos();
    while (json(send(province.orgDept, password, "GET", "/api/campaigns/" + campaignId, null)).path("progress")
        .path("starting").asBoolean(true)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the round's units did not start within " + settings.timeout());
      }
      Thread.sleep(100);
    }
    return campaignId;
  }

  // ---- 民主测评 by ballot -----------------------------------------------------------------------------

  /** Every unit's evaluators vote (seeded spread), concurrently; then org-dept closes each unit's window. */
  private void castBallots(Province province, long campaignId) throws Exception {
    Random random = new Random(province.seed + 1);
    // each cadre and team stands somewhere: most are competent, some outstanding, a few weak
    Map<String, int[]> standing = new HashMap<>();
    for (Province.Cadre cadre : province.cadres()) {
      int p = random.nextInt(100);
      standing.put(cadre.code(), p < 20 ? STRONG : p < 88 ? USUAL : p < 96 ? WEAK : POOR);
    }
    for (Province.Unit unit : province.units) {
      standing.put(unit.code(), random.nextInt(10) == 0 ? WEAK : random.nextBoolean() ? STRONG : USUAL);
    }
    List<String> bodies = new ArrayList<>();
    for (Province.Unit unit : province.units) {
      JsonNode issued = json(expect(send(province.orgDept, password, "POST", "/api/campaigns/" + campaignId + "/ballot-tokens",
          Map.of("unitCode", unit.code(), "count", settings.evaluators())), 201, "tokens for " + unit.code()));
      for (JsonNode token : issued.path("tokens")) {
        List<Map<String, Object>> ratings = new ArrayList<>();
        for (Province.Cadre cadre : unit.cadres()) {
          ratings.add(Map.of("cadreCode", cadre.code(), "overall", OVERALL[vote(random, standing.get(cadre.code()))],
              "political", political(random, standing.get(cadre.code())), "scores", Map.of("de", 60 + random.nextInt(41), "neng",
                  60 + random.nextInt(41), "qin", 60 + random.nextInt(41), "ji", 60 + random.nextInt(41), "lian",
                  60 + random.nextInt(41))));
        }
        bodies.add(JSON.writeValueAsString(Map.of("token", token.asText(), "ratings", ratings,
            "team", Map.of("rating", TEAM[vote(random, standing.get(unit.code()))]))));
      }
    }
    Collections.shuffle(bodies, random);
    long t = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
    try {
      List<Future<?>> sent = new ArrayList<>();
      for (int w = 0; w < settings.threads(); w++) {
        int worker = w;
        sent.add(pool.submit(() -> {
          for (int i = worker; i < bodies.size(); i += settings.threads()) {
            expect(send(null, null, "POST", "/api/ballots", bodies.get(i)), 201, "ballot");
          }
          return null;
        }));
      }
      for (Future<?> f : sent) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    log.accept(String.format("ballots: %,d cast by %d clients in %,d ms", bodies.size(), settings.threads(), ms(t)));
    for (Province.Unit unit : province.units) {
      expect(send(province.orgDept, password, "POST", "/api/campaigns/" + campaignId + "/evaluation/close",
          Map.of("unitCode", unit.code())), 202, "closing " + unit.code());
    }
  }

  private static final String[] OVERALL = {"EXCELLENT", "COMPETENT", "BASICALLY_COMPETENT", "INCOMPETENT"};
  private static final String[] TEAM = {"GOOD", "FAIRLY_GOOD", "AVERAGE", "POOR"};
  /** Percent of an evaluator's votes for each rating, by how the one rated stands. */
  private static final int[] STRONG = {85, 13, 2, 0};
  private static final int[] USUAL = {30, 62, 6, 2};
  private static final int[] WEAK = {5, 40, 45, 10};
  private static final int[] POOR = {2, 18, 30, 50};

  /** The political score an evaluator gives (优秀 needs a mean of 90). */
  private static int political(Random random, int[] standing) {
    return standing == STRONG ? 88 + random.nextInt(13) : standing == USUAL ? 72 + random.nextInt(29) : 60 + random.nextInt(31);
  }

  private static int vote(Random random, int[] percents) {
    int p = random.nextInt(100);
    for (int i = 0; i < percents.length; i++) {
      p -= percents[i];
      if (p < 0) {
        return i;
      }
    }
    return percents.length - 1;
  }

  // ---- the tasks ------------------------------------------------------------------------------------

  private record OpenTask(String id, String key, String name, String assignee, String processInstanceId) {}

  /**
   * Pass after pass: the round's open tasks, grouped by process instance, handed to the workers;
   * when none is open but the round's processes still run, their jobs are left to finish, and a
   * waiting timer (the public notice) is fired.
   */
  private void workThroughTasks(Province province, long campaignId) throws Exception {
    long deadline = System.nanoTime() + settings.timeout().toNanos();
    String businessKeys = settings.year() + "-ANNUAL/%";
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
    int idle = 0;
    try {
      while (true) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the round did not end within " + settings.timeout() + "; open tasks: "
              + openTasks(businessKeys).stream().map(OpenTask::key).toList());
        }
        long listed = System.nanoTime();
        List<OpenTask> open = openTasks(businessKeys);
        listingNanos.addAndGet(System.nanoTime() - listed);
        if (open.isEmpty()) {
          List<String> running = ids(adminPages("/engine-rest/process-instance?businessKeyLike=" + enc(businessKeys)));
          if (running.isEmpty()) {
            return;
          }
          failOnIncidents(running);
          if (++idle >= 10) { // nothing but timers left: the notice window, five working days, is over now
            fireTimers(running);
            idle = 0;
          }
          pause(100);
          continue;
        }
        idle = 0;
        Map<String, List<OpenTask>> byInstance = new LinkedHashMap<>();
        open.forEach(task -> byInstance.computeIfAbsent(task.processInstanceId(), k -> new ArrayList<>()).add(task));
        List<List<OpenTask>> shares = new ArrayList<>();
        for (int w = 0; w < settings.threads(); w++) {
          shares.add(new ArrayList<>());
        }
        int next = 0;
        for (List<OpenTask> instance : byInstance.values()) {
          shares.get(next++ % shares.size()).addAll(instance);
        }
        List<Future<Integer>> done = new ArrayList<>();
        for (List<OpenTask> share : shares) {
          done.add(pool.submit(() -> {
            int n = 0;
            long acting = System.nanoTime();
            for (OpenTask task : share) {
              n += act(province, campaignId, task) ? 1 : 0;
            }
            actingNanos.addAndGet(System.nanoTime() - acting);
            return n;
          }));
        }
        int progress = 0;
        for (Future<Integer> f : done) {
          progress += f.get();
        }
        if (progress == 0) {
          pause(100); // waiting for a job (a notice, a join) or for another task first
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private void pause(long millis) throws InterruptedException {
    long t = System.nanoTime();
    Thread.sleep(millis);
    waitingNanos.addAndGet(System.nanoTime() - t);
  }

  /**
   * The round's open tasks, paged by id: an order by creation time is not stable where many tasks
   * share a second (MySQL keeps whole seconds), and a page could then repeat a task of the one before.
   */
  private List<OpenTask> openTasks(String businessKeys) throws Exception {
    Map<String, OpenTask> open = new LinkedHashMap<>();
    for (JsonNode t : adminPages("/engine-rest/task?processInstanceBusinessKeyLike=" + enc(businessKeys)
        + "&sortBy=id&sortOrder=asc")) {
      open.putIfAbsent(t.path("id").asText(), new OpenTask(t.path("id").asText(), t.path("taskDefinitionKey").asText(),
          t.path("name").asText(), t.path("assignee").isNull() ? null : t.path("assignee").asText(),
          t.path("processInstanceId").asText()));
    }
    return new ArrayList<>(open.values());
  }

  /** A task listed a moment ago is no longer there (done on a node that died, or the list was stale). */
  private static final class TaskGone extends RuntimeException {}

  /** Does what the task's user would; true when the task was completed, false when it is to be tried later. */
  private boolean act(Province province, long campaignId, OpenTask task) throws Exception {
    try {
      return actOn(province, campaignId, task);
    } catch (TaskGone gone) {
      return false;
    }
  }

  private boolean actOn(Province province, long campaignId, OpenTask task) throws Exception {
    String user = userFor.computeIfAbsent(task.id(), id -> whoActs(province, task));
    String round = "/api/campaigns/" + campaignId;
    Map<String, Object> values = new LinkedHashMap<>();
    switch (task.key()) {
      case "Task_SelfReport" -> values.put("reportText", "本年度认真履行岗位职责，推进重点工作，廉洁自律，无违规违纪问题。");
      case "Task_TeamSummaryReport" -> values.put("teamReportText", "本年度班子认真履职，团结协作，完成各项目标任务。");
      case "Task_ReviewSelfReports" -> {
        String reports = round + "/units/" + unitOf(province, task).code() + "/reports";
        JsonNode rows = json(expect(send(user, password, "GET", reports, null), 200, "reports"));
        for (JsonNode row : rows) {
          if (row.path("status").asText().equals("未提交")) {
            return false; // the unit's last reports are still being written
          }
        }
        for (JsonNode row : rows) {
          if (row.path("status").asText().equals("待审核")) {
            expect(send(user, password, "POST", reports + "/" + row.path("cadreCode").asText() + "/review",
                Map.of("decision", "accepted", "comment", "内容翔实")), 200, "review");
          }
        }
      }
      case "Task_Interviews" -> {
        Province.Unit unit = unitOf(province, task);
        for (Province.Cadre cadre : unit.cadres()) {
          int i = cadre.code().hashCode();
          expect(send(user, password, "POST", round + "/units/" + unit.code() + "/interviews/" + cadre.code(),
              Map.of("findings", "群众评价较好，工作实绩突出", "earlySignProblems", Math.floorMod(i, 97) == 41,
                  "weaknessTopic", Math.floorMod(i, 31) == 5 ? "数字化治理" : "")), 200, "interview");
        }
      }
      case "Task_EnterTallies" -> {
        if (!enterTallies(province, round)) {
          return false;
        }
        values.put("talliesNote", "按各单位测评汇总表录入");
      }
      case "Task_NegativeList" -> {
        fillNegativeList(province, round, user);
        values.put("confirmAllClear", true);
      }
      case "Task_TeamAnalysis" -> values.put("proposedTeamGrade", formValue(user, task, "proposedTeamGrade", "GOOD"));
      case "Task_ComprehensiveAnalysis", "Task_Reanalysis" -> {
        String rules = formValue(user, task, "proposedGrade", null);
        values.put("proposedGrade", rules == null ? "COMPETENT" : rules);
        values.put("problems", rules == null ? "经综合分析研判，确定为称职" : "");
        values.put("suggestions", "");
        values.put("potentialForPromotion", Math.floorMod(task.name().hashCode(), 11) == 0);
      }
      case "Task_Calibration" -> {
        calibrate(round, user);
        values.put("calibrationNote", "按可比原则统筹校准");
      }
      case "Task_Approval" -> values.put("approvalDecision", "approve");
      case "Task_ResolveObjection" -> {
        values.put("objectionResolution", "rejected");
        values.put("resolutionNote", "经核实，反映问题不属实");
      }
      case "Task_NominateCandidate" -> {
        values.put("nomination", "nominate");
        values.put("nominationReason", "实绩突出，群众公认");
      }
      case "Task_DecidePromotion", "Task_DecideAdjustment", "Task_DecideDemotion", "Task_DecideAccountability" ->
          values.put("decision", "approve");
      case "Task_AssignProgressiveTraining", "Task_AssignTopicTraining" -> {
        values.put("className", "第十期中青年干部培训班");
        values.put("startsOn", today().plusDays(20).toString());
        values.put("endsOn", today().plusDays(25).toString());
        values.put("place", "省委党校");
      }
      case "Task_ConfirmProgressiveTraining", "Task_ConfirmTopicTraining" -> values.put("attendance", "confirm");
      case "Task_RecordProgressiveTraining", "Task_RecordTopicTraining" -> {
        values.put("trainingOutcome", "completed");
        values.put("trainingComment", "学习认真");
      }
      case "Task_ScheduleReminderTalk", "Task_ScheduleAdmonitionTalk", "Task_ScheduleTeamSummons" -> {
        values.put("talkAt", today().plusDays(10) + "T09:30");
        values.put("place", "组织部谈话室");
        values.put("talkLeader", province.committee);
      }
      case "Task_HoldReminderTalk", "Task_HoldAdmonitionTalk", "Task_HoldTeamSummons" ->
          values.put("talkRecord", "指出存在的问题，提出整改要求，本人表示接受。");
      case "Task_AcknowledgeReminderTalk", "Task_AcknowledgeAdmonitionTalk" -> {
        values.put("acknowledged", true);
        values.put("cadreStatement", "诚恳接受，认真整改");
      }
      case "Task_ProposeAdjustment" -> {
        values.put("proposal", "propose");
        values.put("newPosition", "四级调研员");
        values.put("proposalReason", "不适宜担任现职");
      }
      case "Task_ProposeDemotion" -> {
        values.put("newPosition", "一级主任科员");
        values.put("proposalReason", "年度考核确定为不称职，按规定降低一个职务层次");
      }
      case "Task_ListRectification" -> {
        values.put("rectificationItems", "加强业务学习\n建立健全工作台账");
        values.put("rectificationDeadline", today().plusMonths(3).toString());
      }
      case "Task_ReportRectification" -> values.put("completionReport", "整改事项均已完成");
      case "Task_CheckRectification" -> {
        values.put("checkResult", "accepted");
        values.put("checkComment", "整改到位");
      }
      case "Task_ConfirmTalentPool" -> {
        values.put("poolConfirmation", "confirm");
        values.put("poolReason", "符合入库条件");
      }
      case "Task_ProposeAccountability" -> {
        values.put("accountabilityMeasure", "ADMONISH");
        values.put("proposalReason", "履职不力，按规定问责");
      }
      default -> throw new IllegalStateException("the driver does not know the task " + task.key() + " (" + task.name() + ")");
    }
    long t = System.nanoTime();
    HttpResponse<String> answer = submit(user, task.id(), values);
    long elapsed = System.nanoTime() - t;
    if (answer.statusCode() == 204) {
      afterCompletion.accept(completed.incrementAndGet());
      int[] stat = byTask.computeIfAbsent(task.key(), k -> new int[2]);
      synchronized (stat) {
        stat[0]++;
        stat[1] += (int) (elapsed / 1_000_000);
      }
      return true;
    }
    refusals.incrementAndGet();
    // a form the rules refuse now may pass once the process has moved on (another unit's sheet, a join);
    // the same refusal again and again is the driver's or the product's fault
    if (refused.computeIfAbsent(task.id(), k -> new AtomicInteger()).incrementAndGet() > MAX_REFUSALS) {
      throw new IllegalStateException("completing " + task.key() + " (" + task.name() + ") as " + user + " refused "
          + MAX_REFUSALS + " times: " + answer.statusCode() + " " + answer.body());
    }
    return false;
  }

  /** The task's assignee, else a candidate user, else a user of a candidate group. */
  private String whoActs(Province province, OpenTask task) {
    if (task.assignee() != null) {
      return task.assignee();
    }
    try {
      HttpResponse<String> answer = send("admin", adminPassword, "GET", "/engine-rest/task/" + task.id()
          + "/identity-links?type=candidate", null);
      if (answer.statusCode() != 200 && answer.body().contains("Cannot find task")) {
        throw new TaskGone();
      }
      JsonNode links = json(expect(answer, 200, "identity links"));
      for (JsonNode link : links) {
        if (!link.path("userId").isNull()) {
          return link.path("userId").asText();
        }
      }
      for (JsonNode link : links) {
        if (!link.path("groupId").isNull()) {
          return province.userOfGroup(link.path("groupId").asText());
        }
      }
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
    throw new IllegalStateException("nobody may complete " + task.key() + " (" + task.name() + ")");
  }

  private static Province.Unit unitOf(Province province, OpenTask task) {
    return province.unitByName(task.name().substring(task.name().indexOf('：') + 1));
  }

  private String formValue(String user, OpenTask task, String name, String otherwise) throws Exception {
    HttpResponse<String> answer = send(user, password, "GET", "/engine-rest/task/" + task.id() + "/form-variables", null);
    if (answer.statusCode() != 200 && answer.body().contains("Cannot find task")) {
      throw new TaskGone();
    }
    JsonNode form = json(expect(answer, 200, "form of " + task.key()));
    JsonNode value = form.path(name).path("value");
    return value.isMissingNode() || value.isNull() || value.asText().isBlank() ? otherwise : value.asText();
  }

  /** Each unit's sheet (by tallies): votes adding up to the valid ballots, entered and submitted once. */
  private boolean enterTallies(Province province, String round) throws Exception {
    Random random = new Random(province.seed + 2);
    for (Province.Unit unit : province.units) {
      if (talliesSubmitted.contains(unit.code())) {
        continue;
      }
      int ballots = settings.evaluators();
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Province.Cadre cadre : unit.cadres()) {
        int first = random.nextInt(ballots / 2 + 1);
        int third = random.nextInt(10) == 0 ? 1 : 0;
        rows.add(Map.of("code", cadre.code(), "first", first, "second", ballots - first - third, "third", third, "fourth", 0,
            "politicalScore", 70 + random.nextInt(30)));
      }
      int good = ballots / 2 + random.nextInt(ballots / 2);
      rows.add(Map.of("code", "TEAM", "first", good, "second", ballots - good, "third", 0, "fourth", 0));
      String sheet = round + "/tallies/" + unit.code();
      expect(send(province.orgDept, password, "PUT", sheet, Map.of("ballots", ballots, "rows", rows)), 200, "tally " + unit.code());
      HttpResponse<String> submitted = send(province.orgDept, password, "POST", sheet + "/submit", Map.of());
      if (submitted.statusCode() != 200) {
        return false;
      }
      talliesSubmitted.add(unit.code());
    }
    return true;
  }

  /**
   * What each office marks (one list per office for the round): discipline a grade-affecting item for
   * one cadre in a hundred, audit a minor item for one in sixty, petitions a veto item for one in a
   * hundred and fifty.
   */
  private void fillNegativeList(Province province, String round, String user) throws Exception {
    String office = province.offices.entrySet().stream().filter(e -> e.getValue().equals(user)).findFirst()
        .orElseThrow(() -> new IllegalStateException(user + " is no office's user")).getKey();
    if (!listsFilled.add(office)) {
      return;
    }
    List<Province.Cadre> cadres = province.cadres();
    for (int i = 0; i < cadres.size(); i++) {
      Map<String, Object> entry = switch (office) {
        case "DISCIPLINE" -> i % 100 == 3 ? Map.of("items", "违规接受宴请", "severity", "SERIOUS", "affectsGrade", true) : null;
        case "AUDIT" -> i % 60 == 7 ? Map.of("items", "专项资金拨付程序不规范", "severity", "MINOR") : null;
        default -> i % 150 == 12 ? Map.of("items", "群众实名反映问题经查属实", "severity", "GRAVE", "vetoItem", true) : null;
      };
      if (entry != null) {
        expect(send(user, password, "PUT", round + "/negative-lists/" + office + "/cadres/" + cadres.get(i).code(), entry),
            200, "negative list entry");
      }
    }
  }

  /** Over the quota: the 优秀 with the smallest share of 优秀 votes become 称职, with a reason. */
  private void calibrate(String round, String user) throws Exception {
    JsonNode quota = json(expect(send(user, password, "GET", round + "/calibration?size=1", null), 200, "calibration"))
        .path("quota");
    int over = quota.path("excellent").asInt() - quota.path("allowed").asInt();
    if (over <= 0) {
      return;
    }
    List<JsonNode> excellent = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonNode rows = json(expect(send(user, password, "GET", round + "/calibration?grade=" + enc("优秀") + "&size=500&page="
          + page, null), 200, "calibration page")).path("rows");
      rows.forEach(excellent::add);
      if (rows.size() < 500) {
        break;
      }
    }
    excellent.sort((a, b) -> Double.compare(a.path("excellentShare").asDouble(), b.path("excellentShare").asDouble()));
    List<Map<String, String>> changes = new ArrayList<>();
    for (JsonNode row : excellent.subList(0, Math.min(over, excellent.size()))) {
      changes.add(Map.of("cadreCode", row.path("cadreCode").asText(), "grade", "称职", "reason", "优秀等次比例所限，统筹平衡"));
    }
    for (int from = 0; from < changes.size(); from += 200) {
      expect(send(user, password, "POST", round + "/calibration/changes",
          Map.of("changes", changes.subList(from, Math.min(changes.size(), from + 200)))), 200, "calibration changes");
    }
  }

  /** The round waits on a timer (the public notice's five working days): it is due now. */
  private void fireTimers(List<String> running) throws Exception {
    Set<String> mine = new HashSet<>(running);
    for (JsonNode job : adminPages("/engine-rest/job?timers=true")) {
      if (mine.contains(job.path("processInstanceId").asText())) {
        expect(send("admin", adminPassword, "POST", "/engine-rest/job/" + job.path("id").asText() + "/execute", "{}"), 204,
            "timer");
        log.accept("fired the timer of " + job.path("processDefinitionKey").asText());
      }
    }
  }

  private void failOnIncidents(List<String> running) throws Exception {
    Set<String> mine = new HashSet<>(running);
    for (JsonNode incident : adminPages("/engine-rest/incident")) {
      if (mine.contains(incident.path("processInstanceId").asText())) {
        throw new IllegalStateException("incident in " + incident.path("activityId").asText() + ": "
            + incident.path("incidentMessage").asText());
      }
    }
  }

  // ---- the end state --------------------------------------------------------------------------------

  /** Path → the notice it ends with when approved (a bar on promotion has none). */
  private static final Map<String, String> NOTICE_OF_PATH = Map.ofEntries(Map.entry("PROMOTION", "PROMOTION"),
      Map.entry("COMMENDATION", "COMMENDATION"), Map.entry("MERIT", "MERIT"), Map.entry("PROGRESSIVE_TRAINING", "TRAINING"),
      Map.entry("TOPIC_TRAINING", "TRAINING"), Map.entry("REMINDER_TALK", "REMINDER_TALK"),
      Map.entry("ADMONITION_TALK", "ADMONITION_TALK"), Map.entry("ADJUSTMENT", "ADJUSTMENT"), Map.entry("DEMOTION", "DEMOTION"),
      Map.entry("RECTIFICATION", "RECTIFICATION"), Map.entry("TEAM_SUMMONS", "TEAM_SUMMONS"),
      Map.entry("TALENT_POOL", "TALENT_POOL"), Map.entry("ACCOUNTABILITY", "ACCOUNTABILITY"));

  /**
   * The end state: the round done, every ballot counted, every cadre and team graded and final, 优秀 within the quota,
   * one result notice per cadre and team, one notice per path the rules opened (every path approved),
   * no notice twice, no open task, no process left, no incident.
   */
  public void check(Province province, long campaignId, List<String> problems, Map<String, Integer> notices,
      Map<String, Integer> grades, Map<String, Integer> paths) throws Exception {
    String round = "/api/campaigns/" + campaignId;
    String od = province.orgDept;
    String status = json(send(od, password, "GET", round, null)).path("status").asText();
    if (!status.equals("DONE")) {
      problems.add("round status " + status + ", expected DONE");
    }
    int cadres = 0;
    int teams = 0;
    Set<String> graded = new HashSet<>();
    for (JsonNode r : json(expect(send(od, password, "GET", round + "/results", null), 200, "results"))) {
      boolean team = r.path("subject").asText().equals("TEAM");
      String who = team ? "team " + r.path("unitCode").asText() : r.path("cadreCode").asText();
      if (!r.path("status").asText().equals("FINAL") || r.path("finalGrade").isNull()) {
        problems.add(who + " not final: " + r.path("status").asText() + " " + r.path("finalGrade").asText());
      }
      if (!graded.add(who)) {
        problems.add(who + " graded twice");
      }
      if (team) {
        teams++;
      } else {
        cadres++;
        grades.merge(r.path("finalGrade").asText(), 1, Integer::sum);
      }
    }
    if (cadres != province.cadreCount() || teams != province.units.size()) {
      problems.add("graded " + cadres + " cadres and " + teams + " teams, expected " + province.cadreCount() + " and "
          + province.units.size());
    }
    int allowed = (int) Math.floor(province.cadreCount() * settings.excellentQuota() + 1e-9);
    if (grades.getOrDefault("EXCELLENT", 0) > allowed) {
      problems.add(grades.get("EXCELLENT") + " 优秀, more than the quota's " + allowed);
    }
    Map<String, Integer> expected = new TreeMap<>();
    expected.put("SELF_REPORT_RECEIPT", province.cadreCount());
    expected.put("RESULT", province.cadreCount());
    expected.put("TEAM_RESULT", province.units.size());
    for (JsonNode action : json(expect(send(od, password, "GET", round + "/result-actions", null), 200, "result actions"))) {
      String path = action.path("path").asText();
      paths.merge(path, 1, Integer::sum);
      if (NOTICE_OF_PATH.containsKey(path)) {
        expected.merge(NOTICE_OF_PATH.get(path), 1, Integer::sum);
      }
    }
    Set<String> numbers = new HashSet<>();
    Set<String> once = new HashSet<>();
    for (JsonNode n : json(expect(send(od, password, "GET", "/api/notices?campaign=" + campaignId, null), 200, "notices"))) {
      notices.merge(n.path("type").asText(), 1, Integer::sum);
      if (!numbers.add(n.path("documentNumber").asText())) {
        problems.add("document number twice: " + n.path("documentNumber").asText());
      }
      if (!once.add(n.path("type").asText() + " " + n.path("recipientCode").asText() + " " + n.path("reference").asText())) {
        problems.add("notice twice: " + n.path("type").asText() + " to " + n.path("recipientCode").asText());
      }
    }
    if (!notices.equals(expected)) {
      problems.add("notices by type " + notices + ", expected " + expected);
    }
    if (settings.evaluation().equals("BALLOTS")) {
      for (Province.Unit unit : province.units) {
        JsonNode count = json(expect(send(od, password, "GET", round + "/evaluation?unit=" + enc(unit.code()), null), 200,
            "ballot count"));
        if (count.path("ballots").asInt() != settings.evaluators()) {
          problems.add(unit.code() + ": " + count.path("ballots").asInt() + " ballots counted, " + settings.evaluators() + " cast");
        }
      }
    }
    String keys = enc(settings.year() + "-ANNUAL/%");
    int openTasks = adminPages("/engine-rest/task?processInstanceBusinessKeyLike=" + keys).size();
    if (openTasks > 0) {
      problems.add(openTasks + " tasks still open");
    }
    int running = adminPages("/engine-rest/process-instance?businessKeyLike=" + keys).size();
    if (running > 0) {
      problems.add(running + " processes still running");
    }
    Set<String> instances = new HashSet<>(ids(adminPages("/engine-rest/history/process-instance?processInstanceBusinessKeyLike="
        + keys)));
    for (JsonNode incident : adminPages("/engine-rest/history/incident")) {
      if (instances.contains(incident.path("processInstanceId").asText())) {
        problems.add("incident in " + incident.path("activityId").asText() + ": " + incident.path("incidentMessage").asText());
      }
    }
  }

  // ---- HTTP -----------------------------------------------------------------------------------------

  private List<JsonNode> adminPages(String path) throws Exception {
    List<JsonNode> all = new ArrayList<>();
    String separator = path.contains("?") ? "&" : "?";
    for (int first = 0; ; first += PAGE) {
      JsonNode page = json(expect(send("admin", adminPassword, "GET", path + separator + "firstResult=" + first + "&maxResults="
          + PAGE, null), 200, path));
      page.forEach(all::add);
      if (page.size() < PAGE) {
        return all;
      }
    }
  }

  private static List<String> ids(List<JsonNode> rows) {
    return rows.stream().map(r -> r.path("id").asText()).toList();
  }

  private HttpResponse<String> submit(String user, String taskId, Map<String, Object> values) throws Exception {
    ObjectNode variables = JSON.createObjectNode();
    values.forEach((name, value) -> variables.set(name, JSON.createObjectNode().putPOJO("value", value)));
    return send(user, password, "POST", "/engine-rest/task/" + taskId + "/submit-form",
        JSON.createObjectNode().set("variables", variables));
  }

  private HttpResponse<String> send(String user, String secret, String method, String path, Object body)
      throws IOException, InterruptedException {
    String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
    IOException unanswered = null;
    failedOver.set(false);
    for (int attempt = 0; attempt < 20; attempt++) {
      String base = bases.get(Math.floorMod(nextBase.getAndIncrement(), bases.size()));
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2));
      if (user != null) {
        request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret)
            .getBytes(StandardCharsets.UTF_8)));
      }
      request.method(method, text == null ? HttpRequest.BodyPublishers.noBody()
          : HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
      if (text != null) {
        request.header("Content-Type", "application/json");
      }
      requests.incrementAndGet();
      try {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        // the node is down: the next one answers (a request it took before dying may have been done)
        unanswered = e;
        failovers.incrementAndGet();
        failedOver.set(true);
        Thread.sleep(bases.size() == 1 ? 1000 : 100);
      }
    }
    throw unanswered;
  }

  private HttpResponse<String> expect(HttpResponse<String> response, int status, String what) {
    if (response.statusCode() != status && failedOver.get() && (response.statusCode() == 409 || response.statusCode() == 400)) {
      // sent again after its node died: the dead node had done it already
      log.accept(what + " was done by the node that died: " + response.body());
      return response;
    }
    if (response.statusCode() != status) {
      throw new IllegalStateException(what + ": HTTP " + response.statusCode() + " (expected " + status + "): " + response.body());
    }
    return response;
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static LocalDate today() {
    return OrganisationClock.today();
  }

  private static long ms(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }

  /** The figures of a report, one line each, for the benchmark's output. */
  public static List<String> describe(Report r) {
    List<String> lines = new ArrayList<>();
    lines.add(String.format("round %d: %d units, %d cadres; %,d tasks completed in %,d ms (%.1f tasks/s), %d refused and repeated",
        r.campaignId(), r.units(), r.cadres(), r.tasksCompleted(), r.tasksMs(), r.tasksPerSecond(), r.refusals()));
    lines.add(String.format("  import %,d ms, open %,d ms, ballots %,d ms, whole round %,d ms", r.importMs(), r.openMs(),
        r.ballotsMs(), r.roundMs()));
    Map<String, int[]> sorted = new TreeMap<>(r.byTask());
    sorted.forEach((key, stat) -> lines.add(String.format("  %-34s %6d tasks, mean request %,6.1f ms", key, stat[0],
        stat[0] == 0 ? 0.0 : (double) stat[1] / stat[0])));
    lines.add("  final grades " + r.grades() + "; paths " + r.paths());
    lines.add("  notices " + r.notices());
    lines.add(r.problems().isEmpty() ? "  end state: as expected" : "  end state PROBLEMS: " + r.problems());
    return lines;
  }
}
