package cn.cadre.appraisal.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Takes a round of any size to calibration, quickly but for real: the roster and the round go in
 * over HTTP (one request each, as the administrator and the organisation department), then every
 * unit-stage user task is completed through the engine API as the system, with the values its form
 * submits, so that each task's complete-listener records real reports, tallies, findings and
 * proposals in the domain tables. The asynchronous joins run on the application's job executor.
 *
 * <p>Everything a round registers carries its prefix (units, cadres, users), so several rounds live
 * in one application context. Avoid '_' and '%' in a prefix: it is used in LIKE queries.
 */
public class RoundDriver {

  public static final String PASSWORD = "s3cret-pw";
  static final String ADMIN_PASSWORD = "admin";

  /** The stages of a unit, in the order they open, for the timings. */
  static final List<String> UNIT_TASKS = List.of("Task_TeamSummaryReport", "Task_SelfReport",
      "MessageEvent_SelfReportReviewed", "Task_ReviewSelfReports",
      "Task_Interviews", "Task_TeamAnalysis", "Task_ComprehensiveAnalysis");
  /** Valid ballots of every unit's evaluation meeting: each tally row adds up to it. */
  static final int BALLOTS = 40;

  private final RestClient admin;
  private final RestClient api;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final CommandExecutor commands;
  private int year = 2040;
  private double excellentQuota = 0.15;
  private Duration timeout = Duration.ofMinutes(5);
  private int threads = 2;
  private boolean together = true;
  private List<String> offices;
  /** Records the appraisal teams' interviews as their page does (one record per cadre). */
  private cn.cadre.appraisal.evaluation.EvaluationService evaluation;
  private final java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();

  private RoundDriver(TestRestTemplate template, ProcessEngine engine) {
    this.admin = new RestClient(template, ADMIN_PASSWORD);
    this.api = new RestClient(template, PASSWORD);
    this.tasks = engine.getTaskService();
    this.runtime = engine.getRuntimeService();
    this.management = engine.getManagementService();
    this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
  }

  /** The driver with the beans of a running application (a RANDOM_PORT Spring Boot test). */
  public static RoundDriver of(ApplicationContext context) {
    return of(context, context.getBean(TestRestTemplate.class));
  }

  /** The driver with the beans of a running application, talking HTTP through {@code template}. */
  public static RoundDriver of(ApplicationContext context, TestRestTemplate template) {
    RoundDriver driver = new RoundDriver(template, context.getBean(ProcessEngine.class));
    driver.evaluation = context.getBean(cn.cadre.appraisal.evaluation.EvaluationService.class);
    return driver;
  }

  public RoundDriver year(int year) {
    this.year = year;
    return this;
  }

  public RoundDriver excellentQuota(double quota) {
    this.excellentQuota = quota;
    return this;
  }

  /** How many workers complete tasks at once (each its own units). */
  public RoundDriver threads(int threads) {
    this.threads = threads;
    return this;
  }

  /** Whether a unit's open tasks are completed in one transaction (default) or each in its own. */
  public RoundDriver together(boolean together) {
    this.together = together;
    return this;
  }

  /** The offices the round asks for negative lists (codes); default: the organisation's default set. */
  public RoundDriver offices(List<String> offices) {
    this.offices = offices;
    return this;
  }

  public RoundDriver timeout(Duration timeout) {
    this.timeout = timeout;
    return this;
  }

  /**
   * A round of {@code units} units of {@code cadresPerUnit} cadres each (one principal, the rest
   * deputies) at its calibration task; answers the round with its users.
   */
  public Round toCalibration(String prefix, int units, int cadresPerUnit) {
    long started = System.nanoTime();
    Round round = open(prefix, units, cadresPerUnit);
    returnNegativeLists(round);
    enterTallies(round);
    completeUnitStages(round);
    System.out.printf("[%s] %d units, %d cadres to calibration: %,d ms in all%n", prefix, units, round.cadres(),
        ms(started));
    return round;
  }

  /** A round {@link #open opened} earlier (something done in between) taken on to its calibration task. */
  public void continueToCalibration(Round round) {
    returnNegativeLists(round);
    enterTallies(round);
    completeUnitStages(round);
  }

  /** A round just opened: roster imported, round started, no task done yet. */
  public Round open(String prefix, int units, int cadresPerUnit) {
    assertThat(units).as("units (two digits in the names)").isBetween(2, 99);
    assertThat(cadresPerUnit).as("cadres per unit (two digits in the names)").isBetween(1, 99);
    Round round = new Round(prefix, year, units, cadresPerUnit, 0);
    importRoster(round);
    long campaignId = startRound(round);
    return new Round(prefix, year, units, cadresPerUnit, campaignId);
  }

  /**
   * Enters the tally sheets and completes the unit stages of a round whose offices return their
   * lists themselves; waits for calibration.
   */
  public void unitStagesToCalibration(Round round) {
    enterTallies(round);
    completeUnitStages(round);
  }

  // ---- roster and round ---------------------------------------------------------------------------

  private void importRoster(Round round) {
    long t = System.nanoTime();
    long cpu = cpuMs();
    List<Map<String, Object>> units = new ArrayList<>();
    List<Map<String, Object>> cadres = new ArrayList<>();
    List<Map<String, Object>> staff = new ArrayList<>();
    units.add(Map.of("code", round.homeUnit(), "name", "规模测试组织部（" + round.prefix() + "）", "category", "DEPARTMENT"));
    String[] categories = {"CITY", "COUNTY", "POOR_COUNTY", "DEPARTMENT", "PUBLIC_INSTITUTION", "STATE_OWNED_ENTERPRISE"};
    for (int u = 1; u <= round.units(); u++) {
      String category = categories[(u - 1) % categories.length];
      units.add(Map.of("code", round.unitCode(u), "name", String.format("规模测试第%02d单位（%s）", u, round.prefix()),
          "category", category));
      for (int k = 1; k <= round.cadresPerUnit(); k++) {
        boolean principal = k == 1;
        cadres.add(Map.of("code", round.cadreCode(u, k), "name", round.cadreName(u, k),
            "position", principal ? "主要负责人" : "副职", "role", principal ? "PRINCIPAL" : "DEPUTY",
            "unitCode", round.unitCode(u), "userId", round.cadreCode(u, k),
            "birthDate", String.format("19%02d-%02d-01", 65 + (u + k) % 25, 1 + k % 12), "initialPassword", PASSWORD));
      }
    }
    staff.add(staff(round.orgDept(), round.homeUnit(), "org-dept"));
    staff.add(staff(round.committee(), round.homeUnit(), "party-committee"));
    staff.add(staff(round.prefix() + "-disc", round.homeUnit(), "discipline"));
    staff.add(staff(round.prefix() + "-aud", round.homeUnit(), "audit"));
    staff.add(staff(round.prefix() + "-pet", round.homeUnit(), "petitions"));
    for (int team = 1; team <= round.teams(); team++) {
      // lives in a unit of the next team's share: never appraises their own unit (回避)
      int home = team % round.teams() + 1;
      staff.add(staff(round.teamMember(team), round.unitCode(home), "appraisal-team"));
    }
    ResponseEntity<String> imported = admin.post("admin", "/api/roster", Map.of("units", units, "cadres", cadres, "staff", staff));
    assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
    System.out.printf("[%s] roster import (POST /api/roster: %d units, %d cadres, %d staff): %,d ms (cpu %,d ms)%n",
        round.prefix(), units.size(), cadres.size(), staff.size(), ms(t), cpuMs() - cpu);
  }

  private long startRound(Round round) {
    long t = System.nanoTime();
    long cpu = cpuMs();
    List<Map<String, Object>> teams = new ArrayList<>();
    for (int team = 1; team <= round.teams(); team++) {
      List<String> share = new ArrayList<>();
      for (int u = 1; u <= round.units(); u++) {
        if (round.teamOf(u) == team) {
          share.add(round.unitCode(u));
        }
      }
      teams.add(Map.of("name", "第" + team + "考核组", "members", List.of(round.teamMember(team)), "unitCodes", share));
    }
    List<String> unitCodes = new ArrayList<>();
    for (int u = 1; u <= round.units(); u++) {
      unitCodes.add(round.unitCode(u));
    }
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("year", round.year());
    request.put("kind", "ANNUAL");
    request.put("unitCodes", unitCodes);
    request.put("excellentQuota", excellentQuota);
    request.put("publicNoticeDays", 5);
    request.put("stageDueDays", 20);
    request.put("evaluation", "TALLIES");
    request.put("appraisalTeams", teams);
    if (offices != null) {
      request.put("offices", offices);
    }
    ResponseEntity<String> created = api.post(round.orgDept(), "/api/campaigns", request);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    long campaignId = api.json(created).path("id").asLong();
    long answered = ms(t);
    api.awaitRoundStarted(round.orgDept(), campaignId);
    System.out.printf("[%s] round start (POST /api/campaigns answered in %,d ms; %d unit processes, %d self-report tasks"
            + " started in the background): %,d ms (cpu %,d ms)%n",
        round.prefix(), answered, round.units(), round.cadres(), ms(t), cpuMs() - cpu);
    return campaignId;
  }

  private static Map<String, Object> staff(String userId, String homeUnit, String group) {
    return Map.of("userId", userId, "name", "规模测试" + userId, "homeUnitCode", homeUnit, "groups", List.of(group),
        "initialPassword", PASSWORD);
  }

  // ---- the offices' negative lists ---------------------------------------------------------------

  /**
   * What each office marks on its list (one list per office for the whole round): discipline a
   * grade-affecting item for one cadre in a hundred, audit a minor item for one in sixty, petitions
   * a veto item for one in a hundred and fifty. Everyone else is clear.
   */
  public static List<Entry> negativeListEntries(Round round) {
    List<Entry> entries = new ArrayList<>();
    for (int u = 1; u <= round.units(); u++) {
      for (int k = 1; k <= round.cadresPerUnit(); k++) {
        String code = round.cadreCode(u, k);
        int i = round.indexOf(code);
        if (i % 100 == 35) {
          entries.add(new Entry("DISCIPLINE", round.prefix() + "-disc", code,
              Map.of("items", "违规接受宴请", "severity", "SERIOUS", "affectsGrade", true)));
        }
        if (i % 60 == 17) {
          entries.add(new Entry("AUDIT", round.prefix() + "-aud", code, Map.of("items", "专项资金拨付程序不规范", "severity", "MINOR")));
        }
        if (i % 150 == 77) {
          entries.add(new Entry("PETITIONS", round.prefix() + "-pet", code,
              Map.of("items", "群众实名反映问题经查属实", "severity", "GRAVE", "vetoItem", true)));
        }
      }
    }
    return entries;
  }

  /** One office's entry for a cadre, as its member puts it over the API. */
  public record Entry(String office, String user, String cadreCode, Map<String, Object> body) {}

  /** Each office marks its cadres over HTTP, then returns its list (the task, as the system). */
  private void returnNegativeLists(Round round) {
    long t = System.nanoTime();
    List<Entry> entries = negativeListEntries(round);
    for (Entry e : entries) {
      ResponseEntity<String> put = api.put(e.user(), "/api/campaigns/" + round.campaignId() + "/negative-lists/"
          + e.office() + "/cadres/" + e.cadreCode(), e.body());
      assertThat(put.getStatusCode()).as(put.getBody()).isEqualTo(HttpStatus.OK);
    }
    List<Task> lists = tasks.createTaskQuery().processInstanceBusinessKey(round.campaignKey())
        .taskDefinitionKey("Task_NegativeList").list();
    assertThat(lists).as("[%s] one list task per office", round.prefix()).hasSize(3);
    lists.forEach(list -> tasks.complete(list.getId(), Map.of("confirmAllClear", true)));
    System.out.printf("[%s] negative lists: %d entries by 3 offices, 3 tasks: %,d ms%n", round.prefix(), entries.size(), ms(t));
  }

  // ---- the tally sheets ------------------------------------------------------------------------------

  /** Org-dept enters and submits each unit's tally sheet over HTTP, then completes the round's tally task. */
  private void enterTallies(Round round) {
    long t = System.nanoTime();
    String tallies = "/api/campaigns/" + round.campaignId() + "/tallies/";
    for (int u = 1; u <= round.units(); u++) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (int k = 1; k <= round.cadresPerUnit(); k++) {
        Profile p = Profile.of(round.indexOf(round.cadreCode(u, k)));
        rows.add(Map.of("code", round.cadreCode(u, k), "first", p.excellent, "second", p.competent, "third", p.basic,
            "fourth", p.incompetent, "politicalScore", p.political));
      }
      boolean fairlyGood = u % 7 == 3;
      rows.add(Map.of("code", "TEAM", "first", fairlyGood ? 17 : 32, "second", fairlyGood ? 21 : 6, "third", 2, "fourth", 0));
      ResponseEntity<String> saved = api.put(round.orgDept(), tallies + round.unitCode(u), Map.of("ballots", BALLOTS, "rows", rows));
      assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(HttpStatus.OK);
      ResponseEntity<String> submitted = api.post(round.orgDept(), tallies + round.unitCode(u) + "/submit", Map.of());
      assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.OK);
    }
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(round.campaignKey())
        .taskDefinitionKey("Task_EnterTallies").singleResult();
    assertThat(task).as("[%s] the round's tally task", round.prefix()).isNotNull();
    tasks.complete(task.getId());
    System.out.printf("[%s] tally sheets: %d units entered and submitted, 1 task: %,d ms%n", round.prefix(), round.units(),
        ms(t));
  }

  // ---- the unit stages ----------------------------------------------------------------------------

  /**
   * Completes every open task of the round's unit processes until they have all ended, then waits
   * for the calibration task. The units are shared out among a few workers (a unit's tasks always
   * in the same one, so two workers never complete tasks of one process instance); the joins in
   * between are the job executor's.
   */
  private void completeUnitStages(Round round) {
    long t = System.nanoTime();
    long cpu = cpuMs();
    Map<String, long[]> byStage = new ConcurrentHashMap<>(); // count, nanos
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<Integer, String> instances = new TreeMap<>();
    for (var pi : runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(round.unitKeyPrefix() + "%").list()) {
      instances.put(Integer.parseInt(pi.getBusinessKey().substring(round.unitKeyPrefix().length())), pi.getId());
    }
    assertThat(instances).as("[%s] unit processes", round.prefix()).hasSize(round.units());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> workers = new ArrayList<>();
      for (int w = 0; w < threads; w++) {
        int worker = w;
        List<String> share = instances.entrySet().stream().filter(e -> e.getKey() % threads == worker)
            .map(Map.Entry::getValue).toList();
        workers.add(pool.submit(() -> work(round, share, byStage, deadline)));
      }
      for (Future<Integer> worker : workers) {
        worker.get();
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
    long units = System.nanoTime();
    while (calibrationTask(round) == null) {
      failOnIncidents(round);
      assertThat(System.nanoTime()).as("[%s] the calibration task within %s", round.prefix(), timeout).isLessThan(deadline);
      sleep(50);
    }
    System.out.printf("[%s] unit stages (%d workers): %,d ms (cpu %,d ms); then %,d ms to the calibration task (%d single look-ups)%n",
        round.prefix(), threads, (units - t) / 1_000_000, cpuMs() - cpu, ms(units), lookups.get());
    for (String key : UNIT_TASKS) {
      long[] stat = byStage.get(key);
      if (stat != null) {
        System.out.printf("[%s]   %-28s %5d tasks %,7d ms (%.1f ms each)%n", round.prefix(), key, stat[0],
            stat[1] / 1_000_000, stat[1] / 1e6 / stat[0]);
      }
    }
  }

  /**
   * One worker: its units' open tasks, pass after pass, until its unit processes have ended. A
   * unit's open tasks are completed together, one {@code TaskService.complete} each (listener and
   * all) but in one engine transaction, which is what makes 4,000 tasks quick; a unit whose joins
   * are still pending on the job executor waits for the next pass, so the two never collide.
   */
  private int work(Round round, List<String> processInstanceIds, Map<String, long[]> byStage, long deadline) {
    Set<String> ids = new HashSet<>(processInstanceIds);
    String[] idArray = processInstanceIds.toArray(String[]::new);
    int passes = 0;
    while (true) {
      Set<String> busy = new HashSet<>();
      management.createJobQuery().processInstanceIds(ids).list().forEach(job -> busy.add(job.getProcessInstanceId()));
      acceptSubmittedReports(idArray, busy, byStage);
      Map<String, List<Task>> open = new LinkedHashMap<>();
      tasks.createTaskQuery().processInstanceIdIn(idArray).list()
          .forEach(task -> open.computeIfAbsent(task.getProcessInstanceId(), k -> new ArrayList<>()).add(task));
      open.keySet().removeAll(busy);
      // a unit's review task is done once every report of the unit has been accepted
      open.values().forEach(unitTasks -> {
        if (unitTasks.stream().anyMatch(task -> task.getTaskDefinitionKey().equals("Task_SelfReport"))) {
          unitTasks.removeIf(task -> task.getTaskDefinitionKey().equals("Task_ReviewSelfReports"));
        }
      });
      open.values().removeIf(List::isEmpty);
      if (open.isEmpty()) {
        if (busy.isEmpty() && runtime.createProcessInstanceQuery().processInstanceIds(ids).count() == 0) {
          return passes;
        }
        failOnIncidents(round);
        assertThat(System.nanoTime()).as("[%s] the unit stages within %s", round.prefix(), timeout).isLessThan(deadline);
        sleep(25);
        continue;
      }
      passes++;
      Map<String, Object> proposed = prefilled(open.values().stream().flatMap(List::stream).toList(), idArray);
      for (List<Task> unitTasks : open.values()) {
        Map<Task, Map<String, Object>> values = new LinkedHashMap<>();
        unitTasks.forEach(task -> values.put(task, values(round, task, proposed)));
        long s = System.nanoTime();
        completeTogether(values);
        long each = (System.nanoTime() - s) / unitTasks.size();
        for (Task task : unitTasks) {
          long[] stat = byStage.computeIfAbsent(task.getTaskDefinitionKey(), k -> new long[2]);
          synchronized (stat) {
            stat[0]++;
            stat[1] += each;
          }
        }
      }
    }
  }

  /**
   * The unit's interview records, one per cadre, as the team enters them on the interview page
   * (UnitInterviewService records through the same service); its task is then completed.
   */
  private void recordInterviews(Round round, Task task) {
    String unitCode = (String) tasks.getVariable(task.getId(), "unitCode");
    int u = Integer.parseInt(unitCode.substring(unitCode.lastIndexOf("-u") + 2));
    for (int k = 1; k <= round.cadresPerUnit(); k++) {
      int i = round.indexOf(round.cadreCode(u, k));
      evaluation.recordInterview(round.campaignId(), round.cadreCode(u, k), "群众评价较好", i % 97 == 41,
          i % 31 == 5 ? "数字化治理" : "", round.teamMemberOfUnit(unitCode));
    }
  }

  /**
   * The appraisal team's decision on every report awaiting review, as the review page hands it to the
   * process (SelfReportReviewAdapter): accepted, a unit's reports in one transaction.
   */
  private void acceptSubmittedReports(String[] processInstanceIds, Set<String> busy, Map<String, long[]> byStage) {
    Map<String, List<String>> awaiting = new LinkedHashMap<>();
    Set<String> mine = new HashSet<>(List.of(processInstanceIds));
    runtime.createExecutionQuery().processDefinitionKey("UnitAppraisalProcess")
        .activityId("MessageEvent_SelfReportReviewed").list().stream()
        .filter(e -> mine.contains(e.getProcessInstanceId()) && !busy.contains(e.getProcessInstanceId()))
        .forEach(e -> awaiting.computeIfAbsent(e.getProcessInstanceId(), k -> new ArrayList<>()).add(e.getId()));
    for (List<String> executions : awaiting.values()) {
      long s = System.nanoTime();
      for (int attempt = 1; ; attempt++) {
        try {
          commands.execute(context -> {
            executions.forEach(id -> runtime.messageEventReceived("SelfReportReviewed", id,
                Map.of("reviewDecision", "accepted", "reviewComment", "内容翔实")));
            return null;
          });
          break;
        } catch (OptimisticLockingException e) {
          if (attempt == 5) {
            throw e;
          }
          sleep(100);
        }
      }
      long[] stat = byStage.computeIfAbsent("MessageEvent_SelfReportReviewed", k -> new long[2]);
      synchronized (stat) {
        stat[0] += executions.size();
        stat[1] += System.nanoTime() - s;
      }
    }
  }

  /**
   * The grades the rules pre-filled into the open analysis forms, by execution, in one query (the
   * sub-process instance's variable is on the execution its task runs in).
   */
  private Map<String, Object> prefilled(List<Task> open, String[] processInstanceIds) {
    Map<String, Object> byExecution = new HashMap<>();
    if (open.stream().anyMatch(task -> task.getTaskDefinitionKey().equals("Task_ComprehensiveAnalysis"))) {
      runtime.createVariableInstanceQuery().processInstanceIdIn(processInstanceIds).variableName("proposedGrade").list()
          .forEach(v -> byExecution.put(v.getExecutionId(), v.getValue()));
    }
    return byExecution;
  }

  /** The form values a task's form submits (README, "What each form submits"). */
  private Map<String, Object> values(Round round, Task task, Map<String, Object> prefilled) {
    String key = task.getTaskDefinitionKey();
    Map<String, Object> v = new LinkedHashMap<>();
    switch (key) {
      case "Task_TeamSummaryReport" -> v.put("teamReportText", "本年度班子认真履职，团结协作，完成各项目标任务。");
      case "Task_SelfReport" -> v.put("reportText", "本年度认真履行岗位职责，廉洁自律。");
      case "Task_ReviewSelfReports" -> { }
      case "Task_Interviews" -> recordInterviews(round, task);
      // accept what the rules pre-filled
      case "Task_TeamAnalysis" -> v.put("proposedTeamGrade", tasks.getVariable(task.getId(), "proposedTeamGrade"));
      case "Task_ComprehensiveAnalysis" -> {
        Object grade = prefilled.get(task.getExecutionId());
        if (grade == null) {
          lookups.incrementAndGet();
          grade = tasks.getVariable(task.getId(), "proposedGrade");
        }
        v.put("proposedGrade", grade);
        v.put("problems", "");
        v.put("suggestions", "");
        v.put("potentialForPromotion", round.indexOf(cadre(round, task)) % 11 == 0);
      }
      default -> throw new AssertionError("unexpected task " + key + " (" + task.getName() + ")");
    }
    return v;
  }

  /** The cadre a task is about: the self-report's assignee, or the name in the task's (干部07-03). */
  private static String cadre(Round round, Task task) {
    if (task.getTaskDefinitionKey().equals("Task_SelfReport")) {
      return task.getAssignee();
    }
    String name = task.getName().substring(task.getName().lastIndexOf('：') + 1);
    return round.cadreCode(Integer.parseInt(name.substring(2, 4)), Integer.parseInt(name.substring(5, 7)));
  }

  /**
   * As the system (no authenticated user): each task's complete-listener runs as it does for
   * Tasklist. The completions share one command context, hence one transaction; on a conflict
   * with the job executor the whole batch is rolled back and tried again.
   */
  private void completeTogether(Map<Task, Map<String, Object>> values) {
    for (int attempt = 1; ; attempt++) {
      try {
        if (together) {
          commands.execute(context -> {
            values.forEach((task, form) -> tasks.complete(task.getId(), form));
            return null;
          });
        } else {
          for (var e : new ArrayList<>(values.entrySet())) {
            tasks.complete(e.getKey().getId(), e.getValue());
            values.remove(e.getKey());
          }
        }
        return;
      } catch (OptimisticLockingException e) {
        if (attempt == 5) {
          throw e;
        }
        sleep(100);
      }
    }
  }

  public Task calibrationTask(Round round) {
    return tasks.createTaskQuery().processInstanceBusinessKey(round.campaignKey()).taskDefinitionKey("Task_Calibration")
        .singleResult();
  }

  private void failOnIncidents(Round round) {
    List<Incident> incidents = new ArrayList<>();
    for (var pi : runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(round.year() + "-ANNUAL/%")
        .list()) {
      if (pi.getBusinessKey().startsWith(round.unitKeyPrefix()) || pi.getBusinessKey().equals(round.campaignKey())) {
        incidents.addAll(runtime.createIncidentQuery().processInstanceId(pi.getId()).list());
      }
    }
    assertThat(incidents).as("[%s] incidents: %s", round.prefix(), incidents.stream()
        .map(i -> i.getActivityId() + ": " + i.getIncidentMessage()).toList()).isEmpty();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static long ms(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }

  /** CPU time of the whole JVM (application, job executor, workers), in ms: steadier than wall time on a busy machine. */
  public static long cpuMs() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1_000_000;
  }

  /** Useful to the tests: JSON of the application's answers. */
  public JsonNode json(ResponseEntity<String> response) {
    return api.json(response);
  }

  /**
   * A cadre's democratic-evaluation tally by their index in the round: one in five gets 优秀 votes
   * (more than a 15 % quota allows), one in 25 基本称职 votes, a few a political score under 80.
   */
  record Profile(int excellent, int competent, int basic, int incompetent, double political) {
    static Profile of(int i) {
      if (i % 5 == 0) {
        return new Profile(26 + i % 9, BALLOTS - 27 - i % 9, 1, 0, 91 + i % 8);
      }
      if (i % 25 == 7) {
        return new Profile(2, BALLOTS - 17, 14, 1, 84);
      }
      if (i % 50 == 13) {
        return new Profile(6, BALLOTS - 8, 2, 0, 78);
      }
      return new Profile(4 + i % 11, BALLOTS - 7 - i % 11, 3, 0, 85 + i % 10);
    }
  }

  /**
   * A round's names: units {@code prefix-uNN}, cadres {@code prefix-uNN-cNN} (also their user ids,
   * the principal is c01), org-dept {@code prefix-od}, committee {@code prefix-pc}, appraisal-team
   * members {@code prefix-tmN} (a team for every four units).
   */
  public record Round(String prefix, int year, int units, int cadresPerUnit, long campaignId) {

    public int cadres() {
      return units * cadresPerUnit;
    }

    public int teams() {
      return Math.max(2, (units + 3) / 4);
    }

    public int teamOf(int unit) {
      return (unit - 1) % teams() + 1;
    }

    public String teamMember(int team) {
      return prefix + "-tm" + team;
    }

    public String teamMemberOfUnit(String unitCode) {
      return teamMember(teamOf(Integer.parseInt(unitCode.substring(unitCode.lastIndexOf("-u") + 2))));
    }

    public String orgDept() {
      return prefix + "-od";
    }

    public String committee() {
      return prefix + "-pc";
    }

    public String homeUnit() {
      return prefix + "-home";
    }

    public String unitCode(int unit) {
      return String.format("%s-u%02d", prefix, unit);
    }

    public String cadreCode(int unit, int k) {
      return String.format("%s-u%02d-c%02d", prefix, unit, k);
    }

    /** Unique in the round, and what the task names show (e.g. 干部07-03). */
    public String cadreName(int unit, int k) {
      return String.format("干部%02d-%02d", unit, k);
    }

    /** The cadre's position in the round, 0-based (unit by unit). */
    int indexOf(String cadreCode) {
      int c = cadreCode.lastIndexOf("-c");
      int u = cadreCode.lastIndexOf("-u", c - 1);
      return (Integer.parseInt(cadreCode.substring(u + 2, c)) - 1) * cadresPerUnit
          + Integer.parseInt(cadreCode.substring(c + 2)) - 1;
    }

    /** The unit number from a unit task's name (…第07单位…). */
    int unitOf(String taskName) {
      int at = taskName.indexOf("第");
      return Integer.parseInt(taskName.substring(at + 1, at + 3));
    }

    public String campaignKey() {
      return year + "-ANNUAL/campaign-" + campaignId;
    }

    public String unitKeyPrefix() {
      return year + "-ANNUAL/unit-" + prefix + "-u";
    }
  }
}
