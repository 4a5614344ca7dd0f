package cn.cadre.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.cadre.appraisal.grading.GradeRecord;
import cn.cadre.appraisal.grading.GradingService;
import cn.cadre.appraisal.shared.InvalidInputException;
import cn.cadre.appraisal.support.RestClient;
import cn.cadre.appraisal.support.RoundDriver;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The three linkages (三个挂钩) in an annual round whose year's units were scored first: a city scored
 * 好 and a county scored 差 (under 60). The county's team is proposed 差 whatever its votes, its grade
 * cannot be raised above 差, and calibration allots 优秀 unit by unit: 30 % of the city's five cadres
 * (one), none of the county's.
 */
@ActiveProfiles("test")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class H2UnitLinkageTest {

  @Autowired ApplicationContext context;
  @Autowired TestRestTemplate template;
  @Autowired GradingService grading;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

  @Test
  void aScoredYear_capsTheTeamsAndAllotsExcellentUnitByUnit() {
    int year = 2041;
    RoundDriver driver = RoundDriver.of(context).year(year);
    RoundDriver.Round round = driver.open("lk", 2, 5);
    RestClient api = new RestClient(template, RoundDriver.PASSWORD);
    String od = round.orgDept();
    String city = round.unitCode(1);
    String county = round.unitCode(2);

    // the year's schemes (one indicator each, scored by the discipline office) and the scoring round
    for (String category : List.of("CITY", "COUNTY")) {
      ResponseEntity<String> scheme = api.post(od, "/api/indicator-schemes", Map.of("year", year, "category", category,
          "formula", "WEIGHTED_SUM", "indicators", List.of(Map.of("code", "D1", "name", "重点任务", "paper", "DEVELOPMENT",
              "fullPoints", 100, "weight", 100, "office", "DISCIPLINE"))));
      assertThat(scheme.getStatusCode()).as(scheme.getBody()).isEqualTo(HttpStatus.CREATED);
    }
    ResponseEntity<String> opened = api.post(od, "/api/scoring-rounds", Map.of("year", year,
        "dueDate", cn.cadre.appraisal.support.OrganisationClock.today().plusDays(10).toString(), "unitCodes", List.of(city, county)));
    assertThat(opened.getStatusCode()).as(opened.getBody()).isEqualTo(HttpStatus.CREATED);
    String base = "/api/scoring-rounds/" + api.json(opened).path("id").asLong();
    String office = round.prefix() + "-disc";
    assertThat(api.put(office, base + "/offices/DISCIPLINE/sheet", Map.of("rows", List.of(
        Map.of("unit", city, "indicator", "D1", "value", 95), Map.of("unit", county, "indicator", "D1", "value", 50))))
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    api.complete(office, api.task(office, "Task_EnterIndicatorScores", "纪检监察"), Map.of());
    api.complete(od, api.task(od, "Task_ReviewUnitScores", year + "年度综合考核评分"), Map.of("halvingDecision", "none"));
    Awaitility.await().atMost(Duration.ofSeconds(30))
        .until(() -> "CONCLUDED".equals(api.json(api.get(od, base)).path("status").asText()));

    // the annual round's unit stages: the county's team proposal follows its unit's 差
    driver.continueToCalibration(round);
    GradeRecord team = new org.springframework.transaction.support.TransactionTemplate(transactions).execute(status ->
        grading.records(round.campaignId()).stream()
            .filter(r -> r.getCadre() == null && r.getUnit().getCode().equals(county)).findFirst().orElseThrow());
    assertThat(team.getDecisionGrade()).isEqualTo("POOR");
    assertThat(team.getDecisionReason()).contains("单位综合考核等次为“差”（综合考核得分 50 分，在 1 个县（区）中排名第 1，等次为差）");
    assertThatThrownBy(() -> grading.analyseTeam(round.campaignId(), county, "GOOD", "测评很好", null, null, od))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("领导班子最高只能评为“差”，不能评为“好”");

    // calibration: 优秀 unit by unit, 30 % of the city's five (1), none of the county's
    JsonNode quota = api.json(api.get(od, "/api/campaigns/" + round.campaignId())).path("quota");
    assertThat(quota.path("units").findValuesAsText("unitCode")).containsExactly(city, county);
    assertThat(quota.path("units").findValuesAsText("allowed")).containsExactly("1", "0");
    assertThat(quota.path("units").findValuesAsText("unitGrade")).containsExactly("好", "差");
    String countyCadre = round.cadreCode(2, 2);
    ResponseEntity<String> raised = api.post(od, "/api/campaigns/" + round.campaignId() + "/calibration/changes",
        Map.of("changes", List.of(Map.of("cadreCode", countyCadre, "grade", "优秀", "reason", "表现突出"))));
    assertThat(raised.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(raised.getBody()).contains("调整后优秀 1 名，超过该单位上限 0 名（单位综合考核等次为差，优秀比例上限 0%）");

    // each cadre's annual score: no routine appraisal this year, so evaluation and the unit's total count
    // half and half (city weights 30 % and 30 %)
    JsonNode cityCadre = null;
    for (JsonNode r : api.json(api.get(od, "/api/campaigns/" + round.campaignId() + "/results"))) {
      if (round.cadreCode(1, 1).equals(r.path("cadreCode").asText())) {
        cityCadre = r;
      }
    }
    assertThat(cityCadre).isNotNull();
    double evaluation = cityCadre.path("annualScore").path("evaluation").asDouble();
    assertThat(cityCadre.path("annualScore").path("total").asDouble())
        .isEqualTo(java.math.BigDecimal.valueOf((evaluation + 95) / 2).setScale(2, java.math.RoundingMode.HALF_UP)
            .doubleValue());
    assertThat(cityCadre.path("annualScoreText").asText()).contains("单位综合考核 95 分×30%",
        "本年度无平时考核，其余按权重比例折算");

    // and the round's view of its units' scores
    JsonNode scores = api.json(api.get(od, "/api/campaigns/" + round.campaignId() + "/scores"));
    Map<String, String> grades = new java.util.HashMap<>();
    scores.path("units").forEach(u -> grades.put(u.path("unit").asText(), u.path("gradeLabel").asText()));
    assertThat(grades).containsOnly(Map.entry(city, "好"), Map.entry(county, "差"));
  }
}
