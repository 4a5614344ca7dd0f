package cn.cadre.appraisal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.support.RestClient;
import cn.cadre.appraisal.support.RoundDriver;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * 审核述职报告 per unit over the API: who may read and decide (the team sent to the unit; org-dept
 * reads), two decisions on one report at once (one taken, the other told), and the record kept.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SelfReportReviewTest {

  @Autowired ApplicationContext context;
  @Autowired TestRestTemplate template;

  @Test
  void theUnitsTeamDecides_onceEvenWhenTwoDecisionsArriveTogether() throws Exception {
    RoundDriver.Round round = RoundDriver.of(context).year(2067).open("sr", 2, 2);
    RestClient api = new RestClient(template, RoundDriver.PASSWORD);
    String cadre = round.cadreCode(1, 2);
    String team = round.teamMemberOfUnit(round.unitCode(1));
    String otherTeam = round.teamMemberOfUnit(round.unitCode(2));
    String reports = "/api/campaigns/" + round.campaignId() + "/units/" + round.unitCode(1) + "/reports";

    // nothing to decide before the cadre submits
    ResponseEntity<String> early = api.post(team, reports + "/" + cadre + "/review", Map.of("decision", "accepted"));
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(early.getBody()).contains("尚未提交");
    api.complete(cadre, api.task(cadre, "Task_SelfReport", null), Map.of("reportText", "本年度述职述廉报告全文。"));

    assertThat(api.get(otherTeam, reports).getStatusCode()).as("the team of another unit").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.get(cadre, reports).getStatusCode()).as("the cadre").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.json(api.get(round.orgDept(), reports)).findValuesAsText("status")).as("org-dept reads")
        .containsExactly("未提交", "待审核");
    assertThat(api.post(round.orgDept(), reports + "/" + cadre + "/review", Map.of("decision", "accepted")).getStatusCode())
        .as("but does not decide").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.post(team, reports + "/" + cadre + "/review", Map.of("decision", "maybe")).getBody())
        .contains("审核结论只能是");
    assertThat(api.post(team, reports + "/" + round.cadreCode(2, 1) + "/review", Map.of("decision", "accepted"))
        .getStatusCode()).as("a cadre of another unit").isEqualTo(HttpStatus.NOT_FOUND);

    ExecutorService pool = Executors.newFixedThreadPool(2);
    CyclicBarrier together = new CyclicBarrier(2);
    List<ResponseEntity<String>> answers = new ArrayList<>();
    try {
      List<Future<ResponseEntity<String>>> futures = new ArrayList<>();
      for (String decision : List.of("accepted", "returned")) {
        futures.add(pool.submit(() -> {
          together.await();
          return api.post(team, reports + "/" + cadre + "/review", Map.of("decision", decision, "comment", "意见：" + decision));
        }));
      }
      for (Future<ResponseEntity<String>> f : futures) {
        answers.add(f.get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(answers).extracting(ResponseEntity::getStatusCode).as(answers.toString())
        .containsExactlyInAnyOrder(HttpStatus.OK, HttpStatus.CONFLICT);
    JsonNode row = api.json(api.get(team, reports)).get(1);
    String taken = row.path("lastDecision").asText();
    assertThat(row.path("status").asText()).isEqualTo(taken.equals("accepted") ? "已通过" : "已退回");
    assertThat(row.path("lastReviewer").asText()).isEqualTo(team);
    assertThat(row.path("returns").asInt()).as("one decision recorded").isEqualTo(taken.equals("returned") ? 1 : 0);
    assertThat(row.path("reportText").asText()).isEqualTo("本年度述职述廉报告全文。");
    assertThat(row.path("lastComment").asText()).isEqualTo("意见：" + taken);
  }
}
