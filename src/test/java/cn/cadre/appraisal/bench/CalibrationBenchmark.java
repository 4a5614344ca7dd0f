package cn.cadre.appraisal.bench;

import cn.cadre.appraisal.AppraisalApplication;
import cn.cadre.appraisal.support.RestClient;
import cn.cadre.appraisal.support.RoundDriver;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 统筹校准 and 审定 at Sichuan scale, on H2: a round of {@code bench.calibration.units} units of
 * {@code bench.calibration.cadresPerUnit} cadres (default 99 × 25 = 2,475 cadres) is taken to its
 * calibration task by RoundDriver (every unit-stage task through its listener), then the calibration
 * table is read as the page reads it (pages of 100, filtered, sorted), grades are changed to meet the
 * quota in one request, the spreadsheet is downloaded and uploaded back, and calibration and approval
 * are completed over /engine-rest. Prints how long each step takes; figures in docs/performance.md.
 * Run with {@code ./mvnw -B -P benchmark verify} (after the ballot benchmark).
 */
public final class CalibrationBenchmark {

  private static final int REPEATS = 5;
  private final List<String> report = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    new CalibrationBenchmark().run(Integer.getInteger("bench.calibration.units", 99),
        Integer.getInteger("bench.calibration.cadresPerUnit", 25));
    System.exit(0);
  }

  private void run(int units, int cadresPerUnit) throws IOException {
    System.setProperty("server.port", "0");
    System.setProperty("appraisal.deployment.watch", "false");
    SpringApplication app = new SpringApplication(AppraisalApplication.class);
    app.setAdditionalProfiles("test");
    try (ConfigurableApplicationContext context = app.run()) {
      String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
      TestRestTemplate template = new TestRestTemplate(new RestTemplateBuilder().rootUri(base));
      line("Calibration benchmark (H2): %d units × %d cadres = %,d cadres", units, cadresPerUnit, units * cadresPerUnit);
      long started = System.nanoTime();
      RoundDriver driver = RoundDriver.of(context, template).year(2050).excellentQuota(0.2).timeout(Duration.ofMinutes(60));
      RoundDriver.Round round = driver.open("bc", units, cadresPerUnit);
      RestClient api = new RestClient(template, RoundDriver.PASSWORD);
      String od = round.orgDept();
      // the dashboard while every unit's first tasks are open (the most it counts)
      String dashboard = "/api/campaigns/" + round.campaignId() + "/dashboard";
      line("open tasks after the start: %,d", api.json(api.get(od, dashboard)).path("openTasks").asInt());
      time(api, od, "dashboard (考核看板) with the round's first tasks open", dashboard);
      driver.continueToCalibration(round);
      line("Round at calibration (roster, start, every unit-stage task): %,d ms", ms(started));
      time(api, od, "dashboard (考核看板) at calibration", dashboard);
      String table = "/api/campaigns/" + round.campaignId() + "/calibration";

      time(api, od, "table, first page of 100 (default grouping)", table + "?size=100");
      time(api, od, "table, page 20 of 100", table + "?size=100&page=20");
      time(api, od, "table, sorted by 优秀 share", table + "?size=100&sort=excellentShare");
      time(api, od, "table, category 县（区）", table + "?size=100&category=COUNTY");
      time(api, od, "table, grade 优秀", table + "?size=100&grade=优秀");
      time(api, od, "table, flag 需个别研判", table + "?size=100&flag=needsReview");

      JsonNode quota = api.json(api.get(od, table + "?size=1")).path("quota");
      int over = quota.path("excellent").asInt() - quota.path("allowed").asInt();
      line("优秀 %d, allowed %d", quota.path("excellent").asInt(), quota.path("allowed").asInt());
      if (over > 0) {
        JsonNode lowest = api.json(api.get(od, table + "?grade=优秀&sort=excellentShare&desc=true&size=" + over)).path("rows");
        List<Map<String, String>> changes = new ArrayList<>();
        lowest.forEach(r -> changes.add(Map.of("cadreCode", r.path("cadreCode").asText(), "grade", "称职",
            "reason", "同类比较中优秀票比例靠后")));
        long t = System.nanoTime();
        ResponseEntity<String> saved = api.post(od, table + "/changes", Map.of("changes", changes));
        check(saved, HttpStatus.OK);
        line("%d grade changes in one request: %,d ms", changes.size(), ms(t));
      }

      long t = System.nanoTime();
      ResponseEntity<byte[]> xlsx = api.bytes(od, table + ".xlsx");
      check(xlsx, HttpStatus.OK);
      line("xlsx download (%,d rows, %,d bytes): %,d ms", round.cadres(), xlsx.getBody().length, ms(t));
      Path file = Path.of("target", "calibration-benchmark.xlsx");
      Files.createDirectories(file.getParent());
      Files.write(file, xlsx.getBody());
      t = System.nanoTime();
      check(api.upload(od, table + ".xlsx", "file", "calibration.xlsx", xlsx.getBody()), HttpStatus.OK);
      line("xlsx upload of the unchanged sheet (every row checked): %,d ms", ms(t));

      t = System.nanoTime();
      String calibration = api.task(od, "Task_Calibration", round.year() + "年度");
      api.complete(od, calibration, Map.of("calibrationNote", "基准测试"));
      line("calibration task completed: %,d ms", ms(t));
      String approval = api.task(round.committee(), "Task_Approval", round.year() + "年度");
      String summary = api.json(api.get(round.committee(), "/engine-rest/task/" + approval + "/form-variables"))
          .path("approvalSummary").path("value").asText();
      line("approval summary: %d characters", summary.length());
      t = System.nanoTime();
      api.complete(round.committee(), approval, Map.of("approvalDecision", "approve"));
      line("approval task completed: %,d ms", ms(t));
      line("Whole benchmark: %,d ms", ms(started));
    }
    Path out = Path.of("target", "calibration-benchmark-h2.txt");
    Files.write(out, report, StandardCharsets.UTF_8);
    System.out.println("Written to " + out);
  }

  private void time(RestClient api, String user, String what, String path) {
    long max = 0;
    long sum = 0;
    for (int i = 0; i < REPEATS; i++) {
      long t = System.nanoTime();
      check(api.get(user, path), HttpStatus.OK);
      long took = ms(t);
      sum += took;
      max = Math.max(max, took);
    }
    line("%s: mean %,d ms, max %,d ms (%d requests)", what, sum / REPEATS, max, REPEATS);
  }

  private static void check(ResponseEntity<?> response, HttpStatus expected) {
    if (response.getStatusCode() != expected) {
      throw new IllegalStateException(response.getStatusCode() + ": " + response.getBody());
    }
  }

  private void line(String format, Object... args) {
    String text = String.format(format, args);
    System.out.println(text);
    report.add(text);
  }

  private static long ms(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }
}
