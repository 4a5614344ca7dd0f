package cn.cadre.appraisal.bench;

import cn.cadre.appraisal.support.RestClient;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 花名册导入 at Sichuan scale through {@code POST /api/roster} as the administrator: a province's
 * units (bench.units, 165) and cadres (bench.cadres, 2,400) with a user each, imported into an empty
 * database, then the same roster again (nothing changes) and once more with every cadre's position
 * changed; then RoundDriver's round of 99 units × 25 cadres is imported and opened. Prints the time of
 * each; run directly (see docs/performance.md) with bench.db h2 or mysql.
 */
public final class RosterImportBenchmark {

  public static void main(String[] args) throws Exception {
    String db = System.getProperty("bench.db", "mysql");
    int units = Integer.getInteger("bench.units", 165);
    int cadres = Integer.getInteger("bench.cadres", 2400);
    BenchmarkApplication.Started app = BenchmarkApplication.start(db, System.out::println);
    try (var context = app.context()) {
      TestRestTemplate template = new TestRestTemplate(new RestTemplateBuilder().rootUri(app.base()));
      RestClient admin = new RestClient(template, "admin");
      System.out.printf("Roster import benchmark (%s): %d units, %,d cadres%n", db, units, cadres);
      time(admin, "import into an empty database", roster(units, cadres, "局长"));
      time(admin, "the same roster again (nothing changes)", roster(units, cadres, "局长"));
      time(admin, "again, every cadre's position changed", roster(units, cadres, "副局长"));
      // a round of 99 units (RoundDriver's most) × 25 cadres: its own roster, then the round opened
      // (when POST /api/campaigns answers, and when every unit's process has started in the background)
      cn.cadre.appraisal.support.RoundDriver.of(context, template).year(2050)
          .open("rs", Integer.getInteger("bench.round.units", 99), Integer.getInteger("bench.round.cadresPerUnit", 25));
    }
    System.exit(0);
  }

  private static void time(RestClient admin, String what, Map<String, Object> roster) {
    long cpu = cpuMs();
    long t = System.nanoTime();
    ResponseEntity<String> response = admin.post("admin", "/api/roster", roster);
    long ms = (System.nanoTime() - t) / 1_000_000;
    if (response.getStatusCode() != HttpStatus.OK) {
      throw new IllegalStateException(response.getStatusCode() + " " + response.getBody());
    }
    System.out.printf("  %-45s %,7d ms (application cpu %,d ms): %s%n", what, ms, cpuMs() - cpu,
        admin.json(response).path("cadres"));
  }

  /** Units in a tree (one city with counties and departments under it), cadres spread over them, a user each. */
  private static Map<String, Object> roster(int units, int cadres, String position) {
    List<Map<String, Object>> unitRows = new ArrayList<>();
    List<Map<String, Object>> cadreRows = new ArrayList<>();
    unitRows.add(Map.of("code", "rb-city", "name", "基准市", "category", "CITY"));
    for (int u = 1; u < units; u++) {
      unitRows.add(Map.of("code", "rb-u" + u, "name", String.format("基准第%03d单位", u),
          "category", u % 3 == 0 ? "COUNTY" : "DEPARTMENT", "parentCode", "rb-city"));
    }
    for (int c = 0; c < cadres; c++) {
      int u = c % units;
      String unit = u == 0 ? "rb-city" : "rb-u" + u;
      String code = "rb-c" + c;
      cadreRows.add(Map.of("code", code, "name", "基准干部" + c, "position", c < units ? position.replace("副", "") : position,
          "role", c < units ? "PRINCIPAL" : "DEPUTY", "unitCode", unit, "userId", code, "birthDate", "1975-03-01",
          "email", code + "@example.gov.cn"));
    }
    return Map.of("units", unitRows, "cadres", cadreRows, "staff", List.of(Map.of("userId", "rb-od", "name", "基准组织部",
        "homeUnitCode", "rb-city", "groups", List.of("org-dept"))));
  }

  private static long cpuMs() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime()
        / 1_000_000;
  }
}
