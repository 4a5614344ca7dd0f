package cn.cadre.appraisal;

import cn.cadre.appraisal.support.RosterRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.cadre.appraisal.evaluation.EvaluationTallyRepository;
import cn.cadre.appraisal.evaluation.Votes;
import cn.cadre.appraisal.shared.AppraisalGroup;
import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.support.RestClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 民主测评 by anonymous ballot over HTTP: tokens issued to the organisation department only, a
 * ballot per token (no login), every field validated with nothing written on refusal, a second use
 * refused, counts checked against hand-computed numbers, the window closed by org-dept and by a
 * unit without ballots failing until one is in, and the schema shown to hold nothing that joins a
 * ballot to its token. Runs on H2 and on MySQL/MariaDB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BallotScenario {

  static final String PASSWORD = "s3cret-pw";

  @Autowired TestRestTemplate template;
  @Autowired OrganisationService organisation;
  @Autowired EvaluationTallyRepository tallies;
  @Autowired JdbcTemplate jdbc;
  RestClient api;
  RestClient admin;

  @BeforeEach
  void roster() {
    api = new RestClient(template, PASSWORD);
    admin = new RestClient(template, "admin");
    if (organisation.homeUnitOf("bl-od").isPresent()) {
      return;
    }
    List<Map<String, Object>> units = List.of(unit("bl-home", "测评县委组织部"), unit("bl-a", "测评县甲局"), unit("bl-b", "测评县乙局"));
    List<Map<String, Object>> cadres = List.of(cadre("bl-a1", "甲一", "局长", "PRINCIPAL", "bl-a"),
        cadre("bl-a2", "甲二", "副局长", "DEPUTY", "bl-a"), cadre("bl-a3", "甲三", "副局长", "DEPUTY", "bl-a"),
        cadre("bl-b1", "乙一", "局长", "PRINCIPAL", "bl-b"));
    List<Map<String, Object>> staff = List.of(staff("bl-od", "bl-home", AppraisalGroup.ORG_DEPT),
        staff("bl-tm-a", "bl-b", AppraisalGroup.APPRAISAL_TEAM), staff("bl-tm-b", "bl-a", AppraisalGroup.APPRAISAL_TEAM));
    ResponseEntity<String> imported = admin.post("admin", "/api/roster", Map.of("units", units, "cadres", cadres, "staff", staff));
    assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void ballots_areAnonymous_validated_countedOnce_andClosedIntoTheTallies() {
    long campaignId = startBallotRound(2050);

    // tokens: the organisation department only, for a unit of the round, in sensible numbers
    assertThat(api.post("bl-tm-a", "/api/campaigns/" + campaignId + "/ballot-tokens", Map.of("unitCode", "bl-a", "count", 3))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.post("bl-od", "/api/campaigns/" + campaignId + "/ballot-tokens", Map.of("unitCode", "bl-a", "count", 0))
        .getBody()).contains("count 必须在1到2000之间");
    assertThat(api.post("bl-od", "/api/campaigns/" + campaignId + "/ballot-tokens", Map.of("unitCode", "nope", "count", 1))
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    List<String> tokens = issue(campaignId, "bl-a", 6);
    assertThat(tokens).hasSize(6).doesNotHaveDuplicates().allMatch(t -> t.matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"));
    assertThat(jdbc.queryForList("select token_hash from ballot_token", String.class))
        .as("only hashes are kept").doesNotContainAnyElementsOf(tokens);
    ResponseEntity<String> sheet = printableSheet(campaignId, "bl-a", 2);
    assertThat(sheet.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(sheet.getBody()).contains("测评县甲局", "民主测评选票码", "<svg").containsPattern("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");

    // the ballot a token opens, without login
    JsonNode ballotSheet = anonymous("/api/ballots/sheet?token=" + tokens.get(0).toLowerCase(Locale.ROOT).replace("-", " "));
    assertThat(ballotSheet.path("unitName").asText()).isEqualTo("测评县甲局");
    assertThat(ballotSheet.path("cadres").findValuesAsText("code")).as("principal first").containsExactly("bl-a1", "bl-a2", "bl-a3");
    assertThat(ballotSheet.path("overallChoices").findValuesAsText("label")).containsExactly("优秀", "称职", "基本称职", "不称职");

    // every field is checked; a refused ballot writes nothing and leaves its token usable
    String t0 = tokens.get(0);
    Map<String, Object> good = ballot(t0, "GOOD", rate("bl-a1", "EXCELLENT", 95, 96), rate("bl-a2", "COMPETENT", 80, 85),
        rate("bl-a3", "COMPETENT", 70, 75));
    assertRefused(with(good, "ratings", List.of(rate("bl-a1", "GREAT", 95, 96), rate("bl-a2", "COMPETENT", 80, 85), rate("bl-a3", "COMPETENT", 70, 75))), "总体评价必须是");
    assertRefused(with(good, "ratings", List.of(rate("bl-a1", "EXCELLENT", 101, 96), rate("bl-a2", "COMPETENT", 80, 85), rate("bl-a3", "COMPETENT", 70, 75))), "甲一：德评分必须是0到100之间的整数: 101");
    assertRefused(with(good, "ratings", List.of(rate("bl-a1", "EXCELLENT", -1, 96), rate("bl-a2", "COMPETENT", 80, 85), rate("bl-a3", "COMPETENT", 70, 75))), "甲一：德评分");
    assertRefused(with(good, "ratings", List.of(rate("bl-a1", "EXCELLENT", 95, 101), rate("bl-a2", "COMPETENT", 80, 85), rate("bl-a3", "COMPETENT", 70, 75))), "甲一：政治素质评分");
    Map<String, Object> noScores = new HashMap<>(rate("bl-a1", "EXCELLENT", 95, 96));
    noScores.remove("scores");
    assertRefused(with(good, "ratings", List.of(noScores, rate("bl-a2", "COMPETENT", 80, 85), rate("bl-a3", "COMPETENT", 70, 75))), "甲一：缺少德、能、勤、绩、廉评分");
    Map<String, Object> missingLian = new HashMap<>(rate("bl-a1", "EXCELLENT", 95, 96));
    missingLian.put("scores", Map.of("de", 90, "neng", 90, "qin", 90, "ji", 90));
    assertRefused(with(good, "ratings", List.of(missingLian, rate("bl-a2", "COMPETENT", 80, 85), rate("bl-a3", "COMPETENT", 70, 75))), "甲一：廉评分");
    assertRefused(with(good, "ratings", List.of(rate("bl-a1", "EXCELLENT", 95, 96), rate("bl-a2", "COMPETENT", 80, 85))), "缺少对 甲三 的评价");
    assertRefused(with(good, "ratings", List.of(rate("bl-a1", "EXCELLENT", 95, 96), rate("bl-a1", "COMPETENT", 80, 85),
        rate("bl-a2", "COMPETENT", 80, 85), rate("bl-a3", "COMPETENT", 70, 75))), "甲一 被评价了两次");
    assertRefused(with(good, "team", Map.of("rating", "EXCELLENT")), "班子评价必须是");
    assertRefused(with(good, "team", Map.of()), "班子评价必须是");
    ResponseEntity<String> outsider = anonymousPost(with(good, "ratings", List.of(rate("bl-a1", "EXCELLENT", 95, 96),
        rate("bl-a2", "COMPETENT", 80, 85), rate("bl-a3", "COMPETENT", 70, 75), rate("bl-b1", "COMPETENT", 80, 80))));
    assertThat(outsider.getStatusCode()).as("a cadre outside the token's unit").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(outsider.getBody()).contains("干部 bl-b1 不在本单位的测评范围内");
    assertThat(anonymousPost(with(good, "token", "AAAA-BBBB-CCCC")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(count(campaignId, "bl-a").path("ballots").asInt()).as("nothing written by refused ballots").isZero();

    // four ballots, the numbers computed by hand below
    cast(good);
    cast(ballot(tokens.get(1), "GOOD", rate("bl-a1", "EXCELLENT", 90, 94), rate("bl-a2", "BASICALLY_COMPETENT", 60, 70),
        rate("bl-a3", "COMPETENT", 72, 80)));
    cast(ballot(tokens.get(2), "FAIRLY_GOOD", rate("bl-a1", "COMPETENT", 85, 90), rate("bl-a2", "COMPETENT", 75, 80),
        rate("bl-a3", "INCOMPETENT", 40, 50)));
    cast(ballot(tokens.get(3), "AVERAGE", rate("bl-a1", "EXCELLENT", 100, 100), rate("bl-a2", "INCOMPETENT", 50, 55),
        rate("bl-a3", "COMPETENT", 78, 82)));
    ResponseEntity<String> again = anonymousPost(good);
    assertThat(again.getStatusCode()).as("a second use of a token").isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody()).contains("已使用");
    assertThat(anonymousGet("/api/ballots/sheet?token=" + t0).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    JsonNode count = count(campaignId, "bl-a");
    assertThat(count.path("ballots").asInt()).isEqualTo(4);
    assertThat(count.path("tokensUsed").asInt()).isEqualTo(4);
    assertThat(count.path("tokensUnused").asInt()).isEqualTo(4); // 6 + 2 printed − 4
    assertThat(count.path("team").path("GOOD").asInt()).isEqualTo(2);
    assertThat(count.path("team").path("FAIRLY_GOOD").asInt()).isEqualTo(1);
    assertThat(count.path("team").path("AVERAGE").asInt()).isEqualTo(1);
    assertThat(count.path("team").path("POOR").asInt()).isZero();
    JsonNode a1 = cadreCount(count, "bl-a1");
    // 甲一: EXCELLENT, EXCELLENT, COMPETENT, EXCELLENT; 德 (each dimension here = the score) 95, 90, 85, 100; political 96, 94, 90, 100
    assertThat(a1.path("ballots").asInt()).isEqualTo(4);
    assertThat(a1.path("excellent").asInt()).isEqualTo(3);
    assertThat(a1.path("competent").asInt()).isEqualTo(1);
    assertThat(a1.path("excellentShare").decimalValue()).isEqualByComparingTo("0.75");
    assertThat(a1.path("incompetentShare").decimalValue()).isEqualByComparingTo("0");
    assertThat(a1.path("de").decimalValue()).isEqualByComparingTo("92.50");   // (95+90+85+100)/4
    assertThat(a1.path("lian").decimalValue()).isEqualByComparingTo("92.50");
    assertThat(a1.path("political").decimalValue()).isEqualByComparingTo("95.00"); // (96+94+90+100)/4
    JsonNode a2 = cadreCount(count, "bl-a2");
    // 甲二: COMPETENT, BASICALLY_COMPETENT, COMPETENT, INCOMPETENT; 80, 60, 75, 50; political 85, 70, 80, 55
    assertThat(List.of(a2.path("excellent").asInt(), a2.path("competent").asInt(), a2.path("basic").asInt(),
        a2.path("incompetent").asInt())).containsExactly(0, 2, 1, 1);
    assertThat(a2.path("incompetentShare").decimalValue()).isEqualByComparingTo("0.25");
    assertThat(a2.path("neng").decimalValue()).isEqualByComparingTo("66.25"); // (80+60+75+50)/4
    assertThat(a2.path("political").decimalValue()).isEqualByComparingTo("72.50"); // (85+70+80+55)/4
    JsonNode a3 = cadreCount(count, "bl-a3");
    // 甲三: political 75, 80, 50, 82 → 71.75
    assertThat(a3.path("political").decimalValue()).isEqualByComparingTo("71.75");
    assertThat(a3.path("incompetent").asInt()).isEqualTo(1);

    // who sees the counts: org-dept and the team sent to the unit; not the unit's own member, not a cadre
    assertThat(api.get("bl-tm-a", "/api/campaigns/" + campaignId + "/evaluation?unit=bl-a").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(api.get("bl-tm-b", "/api/campaigns/" + campaignId + "/evaluation?unit=bl-a").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.get("bl-a1", "/api/campaigns/" + campaignId + "/evaluation?unit=bl-a").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.get("bl-a1", "/api/cadres/bl-a1/evaluation?campaign=" + campaignId).getStatusCode())
        .as("a cadre's own count only once the grade is final").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.json(api.get("bl-od", "/api/cadres/bl-a1/evaluation?campaign=" + campaignId)).path("excellent").asInt()).isEqualTo(3);

    assertNoColumnJoinsABallotToItsToken();

    // org-dept closes bl-a: no more ballots, the counts become the unit's tallies
    assertThat(api.post("bl-tm-a", "/api/campaigns/" + campaignId + "/evaluation/close", Map.of("unitCode", "bl-a"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.post("bl-od", "/api/campaigns/" + campaignId + "/evaluation/close", Map.of("unitCode", "bl-a"))
        .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    await().atMost(Duration.ofSeconds(30)).until(() -> count(campaignId, "bl-a").path("closed").asBoolean());
    ResponseEntity<String> late = anonymousPost(ballot(tokens.get(4), "GOOD", rate("bl-a1", "EXCELLENT", 95, 96),
        rate("bl-a2", "COMPETENT", 80, 85), rate("bl-a3", "COMPETENT", 70, 75)));
    assertThat(late.getStatusCode()).as("a ballot after closing").isEqualTo(HttpStatus.CONFLICT);
    assertThat(late.getBody()).contains("民主测评已结束");
    assertThat(api.post("bl-od", "/api/campaigns/" + campaignId + "/evaluation/close", Map.of("unitCode", "bl-a"))
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(count(campaignId, "bl-a").path("ballots").asInt()).isEqualTo(4);
    var a1Tally = tallies.findByCampaignIdAndCadre(campaignId, organisation.cadreByCode("bl-a1")).orElseThrow();
    assertThat(a1Tally.votes()).isEqualTo(new Votes(3, 1, 0, 0));
    assertThat(a1Tally.getPoliticalScore()).isEqualByComparingTo(new BigDecimal("95.00"));
    assertThat(tallies.findByCampaignIdAndUnitAndCadreIsNull(campaignId, organisation.unit("bl-a")).orElseThrow().votes())
        .isEqualTo(new Votes(2, 1, 1, 0));
    assertThat(passed("2050-ANNUAL/unit-bl-a", "Task_CloseBallotWindow")).isTrue();

    // bl-b has no ballot yet: closing fails as an incident with the reason, until a ballot is in and the job retried
    String bToken = issue(campaignId, "bl-b", 1).get(0);
    api.post("bl-od", "/api/campaigns/" + campaignId + "/evaluation/close", Map.of("unitCode", "bl-b"));
    List<JsonNode> incidents = new ArrayList<>();
    await().atMost(Duration.ofSeconds(60)).until(() -> {
      incidents.clear();
      admin.json(admin.get("admin", "/engine-rest/incident?activityId=Task_CloseBallotWindow")).forEach(i -> {
        if (i.path("incidentMessage").asText().contains("测评县乙局")) {
          incidents.add(i);
        }
      });
      return incidents.size() == 1;
    });
    assertThat(incidents.get(0).path("incidentMessage").asText()).contains("尚无选票");
    cast(ballot(bToken, "POOR", rate("bl-b1", "INCOMPETENT", 40, 40)));
    assertThat(admin.put("admin", "/engine-rest/job/" + incidents.get(0).path("configuration").asText() + "/retries",
        Map.of("retries", 1)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    await().atMost(Duration.ofSeconds(30)).until(() -> count(campaignId, "bl-b").path("closed").asBoolean());
    assertThat(tallies.findByCampaignIdAndCadre(campaignId, organisation.cadreByCode("bl-b1")).orElseThrow().votes())
        .isEqualTo(new Votes(0, 0, 0, 1));
  }

  @Test
  void aRoundWithTypedTallies_hasNoBallots() {
    ResponseEntity<String> created = api.post("bl-od", "/api/campaigns", Map.of("year", 2051, "unitCodes", List.of("bl-b"),
        "appraisalTeams", List.of(Map.of("name", "乙组", "members", List.of("bl-tm-b"), "unitCodes", List.of("bl-b")))));
    long campaignId = api.json(created).path("id").asLong();
    api.awaitRoundStarted("bl-od", campaignId);
    ResponseEntity<String> refused = api.post("bl-od", "/api/campaigns/" + campaignId + "/ballot-tokens", Map.of("unitCode", "bl-b", "count", 1));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("录入票数方式");
    assertThat(api.post("bl-od", "/api/campaigns", Map.of("year", 2052, "unitCodes", List.of("bl-b"), "evaluation", "VOTES",
        "appraisalTeams", List.of(Map.of("name", "乙组", "members", List.of("bl-tm-b"), "unitCodes", List.of("bl-b"))))).getBody())
        .contains("evaluation 必须是 TALLIES 或 BALLOTS");
  }

  /**
   * Many voters at once, one token twice at once, and one client guessing 10,000 tokens: every
   * distinct ballot counted, a token counted once, the guesser slowed down (429 after its allowance,
   * even with a real token) while a voter at another address is served as usual.
   */
  @Test
  void ballotsAtOnce_andTokenGuessing_slowOnlyTheGuesser() throws Exception {
    long campaignId = startBallotRound(2053);
    List<String> tokens = issue(campaignId, "bl-a", 103);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<HttpStatusCode>> cast = new ArrayList<>();
      for (String token : tokens.subList(0, 100)) {
        cast.add(pool.submit(() -> anonymousPost(goodBallot(token)).getStatusCode()));
      }
      for (Future<HttpStatusCode> f : cast) {
        assertThat(f.get()).isEqualTo(HttpStatus.CREATED);
      }
      assertThat(count(campaignId, "bl-a").path("ballots").asInt()).as("100 distinct tokens, none lost").isEqualTo(100);

      CountDownLatch start = new CountDownLatch(1);
      List<Future<HttpStatusCode>> twice = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        twice.add(pool.submit(() -> {
          start.await();
          return anonymousPost(goodBallot(tokens.get(100))).getStatusCode();
        }));
      }
      start.countDown();
      assertThat(List.of(twice.get(0).get().value(), twice.get(1).get().value())).as("the same token twice at once")
          .containsExactlyInAnyOrder(201, 409);
      assertThat(count(campaignId, "bl-a").path("ballots").asInt()).isEqualTo(101);

      // 10,000 guesses from one address (on H2), four at a time; a voter elsewhere votes meanwhile
      int guesses = guesses();
      String guesser = "203.0.113.66";
      Map<Integer, Integer> statuses = new java.util.concurrent.ConcurrentHashMap<>();
      List<Future<?>> guessing = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        guessing.add(pool.submit(() -> {
          java.util.Random random = new java.util.Random();
          for (int i = 0; i < guesses / 4; i++) {
            statuses.merge(from(guesser, "/api/ballots/sheet?token=" + randomToken(random)).getStatusCode().value(), 1, Integer::sum);
          }
        }));
      }
      await().atMost(Duration.ofSeconds(60)).until(() -> statuses.getOrDefault(429, 0) > 0);
      String voter = "198.51.100.7";
      assertThat(from(voter, "/api/ballots/sheet?token=" + tokens.get(101)).getStatusCode()).isEqualTo(HttpStatus.OK);
      HttpHeaders fromVoter = new HttpHeaders();
      fromVoter.set("X-Forwarded-For", voter);
      fromVoter.setContentType(MediaType.APPLICATION_JSON);
      assertThat(template.exchange("/api/ballots", HttpMethod.POST, new HttpEntity<>(goodBallot(tokens.get(101)), fromVoter),
          String.class).getStatusCode()).as("a voter at another address is served").isEqualTo(HttpStatus.CREATED);
      for (Future<?> f : guessing) {
        f.get();
      }
      assertThat(statuses.keySet()).containsExactlyInAnyOrder(404, 429);
      assertThat(statuses.get(404)).as("wrong tokens looked up before the limit (30, a few more while four ran at once)")
          .isBetween(30, 33);
      assertThat(statuses.get(429)).isEqualTo(guesses - statuses.get(404));

      // the guesser now waits, even with a real token, on the API and on the page
      ResponseEntity<String> real = from(guesser, "/api/ballots/sheet?token=" + tokens.get(102));
      assertThat(real.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
      assertThat(real.getBody()).contains("选票码输错次数过多，请在 10 分钟后再试").doesNotContain(tokens.get(102));
      assertThat(Long.parseLong(real.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 600L);
      ResponseEntity<String> page = from(guesser, "/ballot/form?token=" + tokens.get(102));
      assertThat(page.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
      assertThat(page.getBody()).contains("请稍后再试", "选票码输错次数过多");
      assertThat(count(campaignId, "bl-a").path("ballots").asInt()).isEqualTo(102);
      assertThat(from("198.51.100.8", "/api/ballots/sheet?token=" + tokens.get(102)).getStatusCode())
          .as("the token itself is untouched").isEqualTo(HttpStatus.OK);
    } finally {
      pool.shutdownNow();
    }
  }

  /** How many tokens the guesser tries; once it waits no guess reaches the database, whichever it is. */
  int guesses() {
    return 10_000;
  }

  /**
   * The proof of anonymity in the schema itself: the ballot tables hold no token, no user, no
   * address and no time finer than the day, their keys are random, and the only columns they share
   * with the token table (round and unit) are the same for every ballot of the unit.
   */
  private void assertNoColumnJoinsABallotToItsToken() {
    Map<String, Set<String>> columns = new HashMap<>();
    Map<String, Set<String>> types = new HashMap<>();
    for (String table : List.of("ballot", "ballot_rating", "ballot_token")) {
      columns.put(table, new TreeSet<>());
      types.put(table, new TreeSet<>());
      jdbc.query("select column_name, data_type from information_schema.columns where lower(table_name) = ? "
              + "and (table_schema = database() or table_schema = schema())", rs -> {
            columns.get(table).add(rs.getString(1).toLowerCase(Locale.ROOT));
            types.get(table).add(rs.getString(2).toLowerCase(Locale.ROOT));
          }, table);
    }
    assertThat(columns.get("ballot")).containsExactlyInAnyOrder("id", "campaign_id", "unit_id", "team_rating", "cast_on", "source");
    assertThat(columns.get("ballot_rating")).containsExactlyInAnyOrder("id", "ballot_id", "cadre_id", "overall", "score_de",
        "score_neng", "score_qin", "score_ji", "score_lian", "political");
    assertThat(columns.get("ballot_token")).containsExactlyInAnyOrder("token_hash", "campaign_id", "unit_id", "spent");
    Set<String> shared = new TreeSet<>(columns.get("ballot"));
    shared.retainAll(columns.get("ballot_token"));
    assertThat(shared).containsExactlyInAnyOrder("campaign_id", "unit_id");
    assertThat(types.get("ballot")).noneMatch(t -> t.contains("time")); // the day only
    assertThat(types.get("ballot_token")).noneMatch(t -> t.contains("time") || t.contains("date"));
    List<String> ids = jdbc.queryForList("select id from ballot", String.class);
    assertThat(ids).allMatch(id -> id.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
    assertThat(jdbc.queryForObject("select count(distinct cast_on) from ballot where unit_id = ?", Integer.class,
        organisation.unit("bl-a").getId())).isEqualTo(1);
  }

  // ---- helpers ----------------------------------------------------------------------------

  private long startBallotRound(int year) {
    ResponseEntity<String> created = api.post("bl-od", "/api/campaigns", Map.of("year", year, "unitCodes", List.of("bl-a", "bl-b"),
        "evaluation", "BALLOTS", "appraisalTeams", List.of(
            Map.of("name", "甲组", "members", List.of("bl-tm-a"), "unitCodes", List.of("bl-a")),
            Map.of("name", "乙组", "members", List.of("bl-tm-b"), "unitCodes", List.of("bl-b")))));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    long campaignId = api.json(created).path("id").asLong();
    // both units' appraisals wait in their ballot windows
    await().atMost(Duration.ofSeconds(30)).until(() -> admin.json(admin.get("admin",
        "/engine-rest/process-instance?activityIdIn=EventGateway_BallotWindow&businessKeyLike=" + year + "-ANNUAL/unit-bl-%")).size() == 2);
    return campaignId;
  }

  private List<String> issue(long campaignId, String unitCode, int count) {
    ResponseEntity<String> issued = api.post("bl-od", "/api/campaigns/" + campaignId + "/ballot-tokens",
        Map.of("unitCode", unitCode, "count", count));
    assertThat(issued.getStatusCode()).as(issued.getBody()).isEqualTo(HttpStatus.CREATED);
    List<String> tokens = new ArrayList<>();
    api.json(issued).path("tokens").forEach(t -> tokens.add(t.asText()));
    return tokens;
  }

  private ResponseEntity<String> printableSheet(long campaignId, String unitCode, int count) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.TEXT_HTML));
    return template.withBasicAuth("bl-od", PASSWORD).exchange("/api/campaigns/" + campaignId + "/ballot-tokens?baseUrl=https://kaohe.example.cn",
        HttpMethod.POST, new HttpEntity<>("{\"unitCode\":\"" + unitCode + "\",\"count\":" + count + "}", headers), String.class);
  }

  private JsonNode count(long campaignId, String unitCode) {
    return api.json(api.get("bl-od", "/api/campaigns/" + campaignId + "/evaluation?unit=" + unitCode));
  }

  private static JsonNode cadreCount(JsonNode count, String code) {
    for (JsonNode c : count.path("cadres")) {
      if (c.path("cadreCode").asText().equals(code)) {
        return c;
      }
    }
    throw new AssertionError("no count for " + code + " in " + count);
  }

  private boolean passed(String businessKey, String activityId) {
    JsonNode unitProcess = admin.json(admin.get("admin", "/engine-rest/history/process-instance?processInstanceBusinessKey="
        + businessKey + "&processDefinitionKey=UnitAppraisalProcess"));
    for (JsonNode p : unitProcess) {
      JsonNode done = admin.json(admin.get("admin", "/engine-rest/history/activity-instance?activityId=" + activityId
          + "&processInstanceId=" + p.path("id").asText() + "&finished=true"));
      if (!done.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private void cast(Map<String, Object> ballot) {
    ResponseEntity<String> cast = anonymousPost(ballot);
    assertThat(cast.getStatusCode()).as(cast.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(cast.getBody()).contains("投票成功");
  }

  private void assertRefused(Map<String, Object> ballot, String message) {
    ResponseEntity<String> refused = anonymousPost(ballot);
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains(message);
  }

  private ResponseEntity<String> anonymousPost(Map<String, Object> ballot) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return template.exchange("/api/ballots", HttpMethod.POST, new HttpEntity<>(ballot, headers), String.class);
  }

  private Map<String, Object> goodBallot(String token) {
    return ballot(token, "GOOD", rate("bl-a1", "EXCELLENT", 90, 92), rate("bl-a2", "COMPETENT", 80, 85),
        rate("bl-a3", "COMPETENT", 75, 78));
  }

  /** A request through a reverse proxy on this host, which passes on the client's address. */
  private ResponseEntity<String> from(String address, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("X-Forwarded-For", address);
    return template.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private static String randomToken(java.util.Random random) {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    StringBuilder token = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      token.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return token.toString();
  }

  private ResponseEntity<String> anonymousGet(String path) {
    return template.getForEntity(path, String.class);
  }

  private JsonNode anonymous(String path) {
    ResponseEntity<String> response = anonymousGet(path);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return api.json(response);
  }

  /** One cadre's rating: every dimension gets the same score here, so the means are easy to check by hand. */
  private static Map<String, Object> rate(String cadre, String overall, int score, int political) {
    return Map.of("cadreCode", cadre, "overall", overall,
        "scores", Map.of("de", score, "neng", score, "qin", score, "ji", score, "lian", score), "political", political);
  }

  @SafeVarargs
  private static Map<String, Object> ballot(String token, String team, Map<String, Object>... ratings) {
    return Map.of("token", token, "ratings", List.of(ratings), "team", Map.of("rating", team));
  }

  private static Map<String, Object> with(Map<String, Object> ballot, String key, Object value) {
    Map<String, Object> changed = new HashMap<>(ballot);
    changed.put(key, value);
    return changed;
  }

  private static Map<String, Object> unit(String code, String name) {
    return RosterRows.unit(code, name);
  }

  private static Map<String, Object> cadre(String code, String name, String position, String role, String unit) {
    return RosterRows.cadre(code, name, position, role, unit, "1980-01-01", PASSWORD);
  }

  private static Map<String, Object> staff(String userId, String homeUnit, AppraisalGroup group) {
    return RosterRows.staff(userId, "测评" + group.displayName(), homeUnit, group.id(), PASSWORD);
  }
}
