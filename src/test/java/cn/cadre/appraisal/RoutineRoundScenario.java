package cn.cadre.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.routine.RoutineScoreService;
import cn.cadre.appraisal.shared.AppraisalGroup;
import cn.cadre.appraisal.support.Overdue;
import cn.cadre.appraisal.support.RestClient;
import cn.cadre.appraisal.support.RosterRows;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 平时考核 over HTTP, as the organisation department runs a quarter: open a round for two units (bad
 * requests and a second round for the same months refused), score each unit's cadres on the API and
 * by spreadsheet (bad rows named, nothing written), submit by completing the unit's task in Tasklist's
 * API (refused while a cadre is unscored), the round closing with the last unit; the audit, a
 * submitted sheet final, and who may see what — the committee reads, a cadre sees only their own scores.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class RoutineRoundScenario {

  private static final String PASSWORD = "Routine#2026q";
  private static final String OD = "rt-od";

  @Autowired TestRestTemplate template;
  @Autowired RoutineScoreService routineScores;
  @Autowired OrganisationService organisation;
  @Autowired org.camunda.bpm.engine.TaskService taskService;

  @Test
  void aQuarterScoredUnitByUnit_thenFinal() throws Exception {
    roster();
    RestClient api = new RestClient(template, PASSWORD);
    int year = cn.cadre.appraisal.support.OrganisationClock.today().getYear();
    String due = cn.cadre.appraisal.support.OrganisationClock.today().plusDays(14).toString();

    // bad requests name every problem and open nothing; only org-dept opens a round
    ResponseEntity<String> empty = api.post(OD, "/api/routine-rounds", Map.of());
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(api, empty)).containsExactly("请填写考核年度",
        "请填写考核期间：Q1 第一季度、Q2 第二季度、Q3 第三季度、Q4 第四季度、H1 上半年、H2 下半年", "请填写评分截止日期",
        "请至少选择一个单位");
    ResponseEntity<String> bad = api.post(OD, "/api/routine-rounds", Map.of("year", year, "period", "Q5",
        "units", List.of("rt-edu", "rt-edu", "rt-none"), "dueDate", "2000-01-01"));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(api.json(bad).path("errors")).hasSize(4);
    assertThat(bad.getBody()).contains("考核期间只能是", "不是“Q5”", "单位重复：rt-edu", "单位编码不存在：rt-none", "已过");
    assertThat(api.post("rt-c1", "/api/routine-rounds", open(year, "Q1", due)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<String> opened = api.post(OD, "/api/routine-rounds", open(year, "Q1", due));
    assertThat(opened.getStatusCode()).as(opened.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode round = api.json(opened);
    long id = round.path("id").asLong();
    assertThat(round.path("title").asText()).isEqualTo(year + "年第一季度平时考核");
    assertThat(round.path("units").findValuesAsText("unitCode")).containsExactly("rt-edu", "rt-fin");
    assertThat(round.path("units").findValuesAsText("cadres")).containsExactly("3", "2");

    // the same months again are refused: the quarter, and the half year that holds it
    for (String period : List.of("Q1", "H1", "上半年")) {
      ResponseEntity<String> again = api.post(OD, "/api/routine-rounds", open(year, period, due));
      assertThat(again.getStatusCode()).as(period).isEqualTo(HttpStatus.CONFLICT);
      assertThat(again.getBody()).contains("示范局已在" + year + "年第一季度平时考核中");
    }

    // one task per unit for org-dept in Tasklist, named after the unit, due on the round's date
    JsonNode tasks = api.json(api.get(OD, "/engine-rest/task?processDefinitionKey=RoutineAppraisalProcess"
        + "&processInstanceBusinessKey=" + year + "-Q1-ROUTINE/round-" + id + "&sortBy=name&sortOrder=asc"));
    assertThat(tasks.findValuesAsText("name")).containsExactlyInAnyOrder(
        "平时考核评分：示范局（" + year + "年第一季度平时考核）", "平时考核评分：财务局（" + year + "年第一季度平时考核）");
    assertThat(tasks.get(0).path("due").asText()).startsWith(due);
    assertThat(api.json(api.get("rt-c1", "/engine-rest/task?processDefinitionKey=RoutineAppraisalProcess")))
        .as("a cadre sees no scoring task").isEmpty();

    // a unit's task past its due date is a red light of the round, for org-dept and the committee
    Overdue overdue = Overdue.task(taskService, year + "-Q1-ROUTINE/round-" + id, "Task_ScoreUnit");
    JsonNode lights = api.json(api.get("rt-pc", "/api/routine-rounds/" + id + "/red-lights"));
    assertThat(lights.findValuesAsText("taskName")).containsExactly(overdue.name());
    assertThat(lights.get(0).path("candidateGroups").get(0).asText()).isEqualTo("org-dept");
    assertThat(api.get("rt-c1", "/api/routine-rounds/" + id + "/red-lights").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    overdue.restore();
    assertThat(api.json(api.get(OD, "/api/routine-rounds/" + id + "/red-lights"))).isEmpty();

    String edu = "/api/routine-rounds/" + id + "/units/rt-edu";
    // bad rows: every problem named by cadre, nothing written
    ResponseEntity<String> badRows = api.put(OD, edu, Map.of("rows", List.of(
        row("rt-c1", "120", "完成招商任务", null, false, null),
        row("rt-c2", "88.123", "", null, false, null),
        row("rt-c2", "80", "重复一行", null, false, null),
        row("rt-x9", "80", "不是本单位的", null, false, null))));
    assertThat(badRows.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(api, badRows)).containsExactly("柯一：得分应在 0–100 之间，不是 120", "𠀀二：得分最多保留两位小数，不是 88.123",
        "𠀀二：未填写重点任务完成情况", "𠀀二（rt-c2）重复", "干部不在示范局：rt-x9");
    assertThat(api.json(api.get(OD, edu)).path("rows").findValuesAsText("score")).containsOnly("null");

    // two of three cadres scored
    ResponseEntity<String> saved = api.put(OD, edu, Map.of("rows", List.of(
        row("rt-c1", "92.5", "牵头完成重点项目三项", "担当作为突出", false, null),
        row("rt-c2", "78", "分管工作推进较慢", "需加强", true, "统筹协调能力"))));
    assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode sheet = api.json(saved);
    assertThat(sheet.path("complete").asBoolean()).isFalse();
    assertThat(sheet.path("rows").get(1).path("weakness").asText()).isEqualTo("统筹协调能力");

    // completing the unit's task while a cadre is unscored is refused, and changes nothing
    String eduTask = api.task(OD, "Task_ScoreUnit", "示范局");
    ResponseEntity<String> early = api.submit(OD, eduTask, Map.of());
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(early.getBody()).contains("示范局尚有 1 名干部未评分，不能提交：柯三");

    // the unit's spreadsheet: the third cadre scored and the first one's score changed, one bad row first
    byte[] xlsx = api.bytes(OD, edu + ".xlsx").getBody();
    assertThat(upload(api, edu, xlsx, Map.of(3, "九十"))).satisfies(r -> {
      assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(r.getBody()).contains("第4行：得分应为 0–100 的数字，不是“九十”");
    });
    ResponseEntity<String> uploaded = upload(api, edu, xlsx, Map.of(1, "95", 3, "85"));
    assertThat(uploaded.getStatusCode()).as(uploaded.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(api.json(uploaded).path("complete").asBoolean()).isTrue();
    JsonNode history = api.json(api.get(OD, edu + "/history"));
    assertThat(history.findValuesAsText("action")).containsExactly("ENTERED", "ENTERED", "CHANGED", "ENTERED");
    assertThat(history.get(2).path("detail").asText()).startsWith("92.5 分").contains("→ 95 分");

    api.complete(OD, eduTask, Map.of());
    JsonNode submitted = api.json(api.get(OD, edu));
    assertThat(submitted.path("submitted").asBoolean()).isTrue();
    assertThat(submitted.path("submittedBy").asText()).isEqualTo(OD);
    ResponseEntity<String> late = api.put(OD, edu, Map.of("rows", List.of(row("rt-c1", "60", "改分", null, false, null))));
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(late.getBody()).contains("评分已提交，不能再修改");

    // what the scorer flagged acts at once (平时考核落得实): 𠀀二's early signs open a reminder talk and the
    // named weakness a topic training, with the quarter as their basis; the unflagged cadres get nothing
    JsonNode[] paths = new JsonNode[1];
    await().atMost(Duration.ofSeconds(30)).until(() -> (paths[0] = api.json(api.get(OD, "/api/cadres/rt-c2/file"))
        .path("years").get(0).path("resultPaths")).size() == 2);
    assertThat(paths[0].findValuesAsText("path")).containsExactlyInAnyOrder("REMINDER_TALK", "TOPIC_TRAINING");
    assertThat(paths[0].findValuesAsText("source")).containsOnly("ROUTINE");
    assertThat(paths[0].findValuesAsText("basis")).containsOnly(year + "年第一季度平时考核");
    assertThat(api.json(api.get(OD, "/api/cadres/rt-c1/file")).path("years").get(0).path("resultPaths")).isEmpty();
    String schedule = api.task(OD, "Task_ScheduleReminderTalk", "𠀀二");
    JsonNode talkForm = api.json(api.get(OD, "/engine-rest/task/" + schedule + "/form-variables"));
    assertThat(talkForm.path("talkReason").path("value").asText()).isEqualTo("平时考核发现苗头性倾向性问题：需加强");
    api.complete(OD, schedule, Map.of("talkAt", cn.cadre.appraisal.support.OrganisationClock.today().plusDays(3) + "T09:30", "place", "组织部谈话室",
        "talkLeader", "rt-pc"));
    JsonNode[] talkNotice = new JsonNode[1];
    await().atMost(Duration.ofSeconds(30)).until(() ->
        (talkNotice[0] = api.json(api.get("rt-c2", "/api/notices?recipient=rt-c2&type=REMINDER_TALK"))).size() == 1);
    assertThat(api.get("rt-c2", "/api/notices/" + talkNotice[0].get(0).path("id").asText()).getBody())
        .contains("根据" + year + "年第一季度平时考核情况", "平时考核发现苗头性倾向性问题：需加强", "谈话人：党委委员同志");
    assertThat(api.task(OD, "Task_AssignTopicTraining", "𠀀二")).isNotNull();

    // the committee reads and may not write; a cadre neither
    assertThat(api.get("rt-pc", edu).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(api.put("rt-pc", edu, Map.of("rows", List.of())).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.get("rt-c1", edu).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // the last unit: the round closes
    String fin = "/api/routine-rounds/" + id + "/units/rt-fin";
    assertThat(api.put(OD, fin, Map.of("rows", List.of(row("rt-f1", "88", "预算执行良好", null, false, null),
        row("rt-f2", "90", "审计整改到位", null, false, null)))).getStatusCode()).isEqualTo(HttpStatus.OK);
    api.complete(OD, api.task(OD, "Task_ScoreUnit", "财务局"), Map.of());
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(api.json(api.get(OD, "/api/routine-rounds/" + id)).path("status").asText()).isEqualTo("已完成"));

    // the second quarter ends the half year: the unit hears back on both quarters and what was found
    ResponseEntity<String> q2 = api.post(OD, "/api/routine-rounds", Map.of("year", year, "period", "Q2",
        "units", List.of("rt-fin"), "dueDate", due));
    assertThat(q2.getStatusCode()).as(q2.getBody()).isEqualTo(HttpStatus.CREATED);
    long q2Id = api.json(q2).path("id").asLong();
    assertThat(api.put(OD, "/api/routine-rounds/" + q2Id + "/units/rt-fin", Map.of("rows", List.of(
        row("rt-f1", "91", "预算绩效管理改革试点", null, false, null),
        row("rt-f2", "76.5", "专项资金拨付滞后", "工作推进较慢", true, "统筹协调能力")))).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    api.complete(OD, api.task(OD, "Task_ScoreUnit", "财务局（" + year + "年第二季度"), Map.of());
    JsonNode[] feedback = new JsonNode[1];
    await().atMost(Duration.ofSeconds(30)).until(() ->
        (feedback[0] = api.json(api.get("rt-f1", "/api/notices?recipient=rt-f1&type=ROUTINE_FEEDBACK"))).size() == 1);
    String notice = api.get("rt-f1", "/api/notices/" + feedback[0].get(0).path("id").asText()).getBody();
    assertThat(notice).contains("平时考核情况反馈", "财务局领导班子：", year + "年上半年平时考核情况反馈如下",
        "第一季度得分", "第二季度得分", "财二（第二季度）：有苗头性倾向性问题，工作推进较慢",
        "财二（第二季度）：短板——统筹协调能力", "财一同志");
    assertThat(api.get("rt-f2", "/api/notices/" + feedback[0].get(0).path("id").asText()).getStatusCode())
        .as("the team's feedback reaches its principal").isEqualTo(HttpStatus.FORBIDDEN);

    // a cadre's routine scores: their own, and org-dept's view of anyone's
    JsonNode own = api.json(api.get("rt-c1", "/api/cadres/rt-c1/routine-scores"));
    assertThat(own).hasSize(1);
    assertThat(own.get(0).path("periodLabel").asText()).isEqualTo("第一季度");
    assertThat(own.get(0).path("score").decimalValue()).isEqualByComparingTo("95");
    assertThat(api.get("rt-c1", "/api/cadres/rt-c2/routine-scores").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.json(api.get(OD, "/api/cadres/rt-c2/routine-scores")).get(0).path("earlySigns").asBoolean()).isTrue();

    // the cadre's appraisal file holds the quarter
    JsonNode file = api.json(api.get("rt-c1", "/api/cadres/rt-c1/file"));
    assertThat(file.path("years").get(0).path("year").asInt()).isEqualTo(year);
    assertThat(file.path("years").get(0).path("routineScores").get(0).path("score").decimalValue()).isEqualByComparingTo("95");
    assertThat(api.get("rt-c2", "/api/cadres/rt-c1/file").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.get("rt-pc", "/api/cadres/rt-c1/file").getStatusCode()).isEqualTo(HttpStatus.OK);

    // what the year-end analysis form shows of the year's routine scores
    assertThat(routineScores.yearSummaryOf("rt-c1", year)).isEqualTo(
        "平时考核平均 95 分（1 期）\n第一季度 95 分；重点任务：牵头完成重点项目三项；评语：担当作为突出");
    assertThat(routineScores.yearSummaryOf("rt-c1", year - 1)).isEmpty();
  }

  /**
   * A unit scored by its supervising leader (分管领导) besides org-dept: named when the round opens
   * (on the roster, not of the unit), the leader finds the task and enters the scores, nobody else can.
   */
  @Test
  void aUnitScoredByItsSupervisingLeader() {
    roster();
    RestClient api = new RestClient(template, PASSWORD);
    int year = cn.cadre.appraisal.support.OrganisationClock.today().getYear();
    String due = cn.cadre.appraisal.support.OrganisationClock.today().plusDays(10).toString();
    assertThat(errors(api, api.post(OD, "/api/routine-rounds", Map.of("year", year, "period", "Q4",
        "units", List.of("rt-stay"), "dueDate", due,
        "scorers", Map.of("rt-stay", List.of("rt-s2", "nobody"), "rt-edu", List.of("rt-pc"))))))
        .containsExactlyInAnyOrder("回避：评分人 rt-s2 的本单位是 蹲点局", "评分人不在花名册中：nobody",
            "评分人所对应的单位不在本轮中：rt-edu");
    ResponseEntity<String> opened = api.post(OD, "/api/routine-rounds", Map.of("year", year, "period", "Q4",
        "units", List.of("rt-stay"), "dueDate", due, "scorers", Map.of("rt-stay", List.of("rt-pc"))));
    assertThat(opened.getStatusCode()).as(opened.getBody()).isEqualTo(HttpStatus.CREATED);
    long id = api.json(opened).path("id").asLong();
    String sheet = "/api/routine-rounds/" + id + "/units/rt-stay";
    String task = api.task("rt-pc", "Task_ScoreUnit", "蹲点局（" + year + "年第四季度");
    assertThat(api.put("rt-st", sheet, Map.of("rows", List.of())).getStatusCode()).as("not a scorer")
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.put("rt-pc", sheet, Map.of("rows", List.of(row("rt-s1", "90", "完成全年任务", null, false, null),
        row("rt-s2", "85", "分管工作有序", null, false, null), row("rt-s3", "80", "按期完成", null, false, null))))
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    api.complete("rt-pc", task, Map.of());
    JsonNode done = api.json(api.get("rt-pc", sheet));
    assertThat(done.path("submitted").asBoolean()).isTrue();
    assertThat(done.path("submittedBy").asText()).isEqualTo("rt-pc");
  }

  /**
   * 蹲点调研 instead of scores: a team stays in a unit, talks to the four groups it must (四必谈), visits,
   * and ends with the 四个一; the cadre doing well is put forward for promotion, the one doing badly gets
   * a reminder talk, the problems go to the team to rectify, and the cadres' files hold the stay.
   */
  @Test
  void aFieldStay_itsFourOutputs_actAtOnce() {
    roster();
    RestClient api = new RestClient(template, PASSWORD);
    String today = cn.cadre.appraisal.support.OrganisationClock.today().toString();
    assertThat(errors(api, api.post(OD, "/api/field-stays", Map.of()))).containsExactly("请选择蹲点单位",
        "请填写蹲点开始日期", "请至少指定一名蹲点组成员");
    assertThat(errors(api, api.post(OD, "/api/field-stays", Map.of("unitCode", "rt-stay", "startsOn", today,
        "days", 120, "team", List.of("rt-sx", "nobody"))))).containsExactly("蹲点天数应为 1–90 天，不是 120",
        "回避：蹲点组成员 rt-sx 的本单位是 蹲点局", "蹲点组成员不在花名册中：nobody");
    ResponseEntity<String> opened = api.post(OD, "/api/field-stays", Map.of("unitCode", "rt-stay", "startsOn", today,
        "team", List.of("rt-st")));
    assertThat(opened.getStatusCode()).as(opened.getBody()).isEqualTo(HttpStatus.CREATED);
    long id = api.json(opened).path("id").asLong();
    String basis = cn.cadre.appraisal.support.OrganisationClock.today().getYear() + "年蹲点局蹲点调研";
    assertThat(api.json(opened).path("endsOn").asText()).isEqualTo(cn.cadre.appraisal.support.OrganisationClock.today().plusDays(13).toString());
    assertThat(api.post(OD, "/api/field-stays", Map.of("unitCode", "rt-stay", "startsOn", today, "team",
        List.of("rt-st"))).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    String talks = api.task("rt-st", "Task_RecordStayTalks", basis);
    Overdue late = Overdue.task(taskService, cn.cadre.appraisal.support.OrganisationClock.today().getYear() + "-STAY/stay-" + id, "Task_RecordStayTalks");
    assertThat(api.json(api.get("rt-st", "/api/field-stays/" + id + "/red-lights")).findValuesAsText("taskName"))
        .containsExactly("蹲点谈话：" + basis);
    late.restore();
    assertThat(api.submit("rt-st", talks, Map.of("talksHeld", 46, "talkedHardPosts", true, "talkedQuietWorkers", true,
        "talkSummary", "谈话46人")).getBody()).contains("四必谈尚未谈到：敢于担当、遭遇挫折的、在同一岗位任职时间较长的干部");
    api.complete("rt-st", talks, Map.of("talksHeld", 46, "talkedHardPosts", true, "talkedQuietWorkers", true,
        "talkedSetbacks", true, "talkedLongInPost", true, "talkSummary", "谈话46人，普遍反映班子团结"));
    api.complete("rt-st", api.task("rt-st", "Task_RecordStayVisits", basis),
        Map.of("siteVisits", "查看三个重点项目现场，列席局党组会一次"));
    String outputs = api.task("rt-st", "Task_RecordStayOutputs", basis);
    assertThat(api.json(api.get("rt-st", "/engine-rest/task/" + outputs + "/form-variables")).path("unitCadres")
        .path("value").asText()).isEqualTo("蹲一（局长）、蹲二（副局长）、蹲三（副局长）");
    assertThat(api.submit("rt-st", outputs, Map.of("analysisReport", "班子整体较好", "doingWell", "蹲一\n张三",
        "doingBadly", "蹲一")).getBody()).contains("表现好的干部“张三”不是本单位领导干部（本单位：蹲一、蹲二、蹲三）",
        "同一名干部不能同时列入表现好和表现差的名单：蹲一");
    api.complete("rt-st", outputs, Map.of("analysisReport", "班子整体较好，个别干部担当不足", "doingWell", "蹲一",
        "doingBadly", "蹲三", "stayProblems", "干部队伍年龄结构老化\n议事规则执行不严", "goodPractices", "项目工作专班"));

    await().atMost(Duration.ofSeconds(30)).until(() ->
        "DONE".equals(api.json(api.get(OD, "/api/field-stays/" + id)).path("status").asText()));
    assertThat(api.get("rt-s1", "/api/field-stays/" + id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.json(api.get("rt-st", "/api/field-stays/" + id)).path("doingWell").get(0).asText()).isEqualTo("蹲一");
    // each end of the list acts at once, and the problems go to the team
    assertThat(api.task(OD, "Task_NominateCandidate", "蹲一")).isNotNull();
    assertThat(api.task(OD, "Task_ScheduleReminderTalk", "蹲三")).isNotNull();
    String list = api.task(OD, "Task_ListRectification", "蹲点局领导班子");
    assertThat(api.json(api.get(OD, "/engine-rest/task/" + list + "/form-variables")).path("problems").path("value")
        .asText()).isEqualTo("干部队伍年龄结构老化\n议事规则执行不严");
    JsonNode file = api.json(api.get("rt-s1", "/api/cadres/rt-s1/file")).path("years").get(0);
    assertThat(file.path("fieldStays").get(0).path("onDoingWellList").asBoolean()).isTrue();
    assertThat(file.path("fieldStays").get(0).path("goodPractices").get(0).asText()).isEqualTo("项目工作专班");
    assertThat(file.path("resultPaths").findValuesAsText("source")).containsOnly("FIELD_STAY");
  }

  @Test
  void threeRequestsSendingAStayToTheSameUnitAtOnce_oneStayOnly() throws Exception {
    roster();
    RestClient api = new RestClient(template, PASSWORD);
    Map<String, Object> request = Map.of("unitCode", "rt-race", "startsOn", cn.cadre.appraisal.support.OrganisationClock.today().toString(),
        "team", List.of("rt-st"));
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<ResponseEntity<String>>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 3; i++) {
        answers.add(pool.submit(() -> api.post(OD, "/api/field-stays", request)));
      }
      List<HttpStatus> statuses = new java.util.ArrayList<>();
      for (Future<ResponseEntity<String>> answer : answers) {
        ResponseEntity<String> response = answer.get(60, TimeUnit.SECONDS);
        statuses.add(HttpStatus.valueOf(response.getStatusCode().value()));
        if (response.getStatusCode() == HttpStatus.CONFLICT) {
          assertThat(response.getBody()).contains("竞赛局已有正在进行的蹲点调研");
        }
      }
      assertThat(statuses).containsOnlyOnce(HttpStatus.CREATED).containsOnly(HttpStatus.CREATED, HttpStatus.CONFLICT);
    } finally {
      pool.shutdownNow();
    }
    assertThat(api.json(api.get(OD, "/api/field-stays")).findValuesAsText("unitCode").stream()
        .filter("rt-race"::equals).count()).isOne();
  }

  @Test
  void twoRequestsOpeningTheSameUnitAtOnce_oneRoundOnly() throws Exception {
    roster();
    RestClient api = new RestClient(template, PASSWORD);
    int year = cn.cadre.appraisal.support.OrganisationClock.today().getYear();
    Map<String, Object> request = Map.of("year", year, "period", "Q3", "units", List.of("rt-race"),
        "dueDate", cn.cadre.appraisal.support.OrganisationClock.today().plusDays(7).toString());
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<ResponseEntity<String>>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 3; i++) {
        answers.add(pool.submit(() -> api.post(OD, "/api/routine-rounds", request)));
      }
      List<HttpStatus> statuses = new java.util.ArrayList<>();
      for (Future<ResponseEntity<String>> answer : answers) {
        ResponseEntity<String> response = answer.get(60, TimeUnit.SECONDS);
        statuses.add(HttpStatus.valueOf(response.getStatusCode().value()));
        if (response.getStatusCode() == HttpStatus.CONFLICT) {
          assertThat(response.getBody()).contains("竞赛局");
        }
      }
      assertThat(statuses).containsOnlyOnce(HttpStatus.CREATED).containsOnly(HttpStatus.CREATED, HttpStatus.CONFLICT);
    } finally {
      pool.shutdownNow();
    }
    JsonNode rounds = api.json(api.get(OD, "/api/routine-rounds"));
    long raceRounds = 0;
    for (JsonNode r : rounds) {
      if (r.path("units").findValuesAsText("unitCode").contains("rt-race")) {
        raceRounds++;
      }
    }
    assertThat(raceRounds).isEqualTo(1);
  }

  private static List<String> errors(RestClient api, ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    List<String> errors = new java.util.ArrayList<>();
    api.json(response).path("errors").forEach(e -> errors.add(e.asText()));
    return errors;
  }

  private void roster() {
    if (organisation.homeUnitOf(OD).isPresent()) {
      return; // the other test of this class imported it into the same application
    }
    ResponseEntity<String> imported = new RestClient(template, "admin").post("admin", "/api/roster", Map.of(
        "units", List.of(RosterRows.unit("rt-edu", "示范局"), RosterRows.unit("rt-fin", "财务局"),
            RosterRows.unit("rt-race", "竞赛局"), RosterRows.unit("rt-stay", "蹲点局")),
        "cadres", List.of(
            RosterRows.cadre("rt-c1", "柯一", "局长", "PRINCIPAL", "rt-edu", "1975-03-01", PASSWORD),
            RosterRows.cadre("rt-c2", "𠀀二", "副局长", "DEPUTY", "rt-edu", "1980-05-01", PASSWORD),
            RosterRows.cadre("rt-c3", "柯三", "副局长", "DEPUTY", "rt-edu", "1985-07-01", PASSWORD),
            RosterRows.cadre("rt-f1", "财一", "局长", "PRINCIPAL", "rt-fin", "1972-01-01", PASSWORD),
            RosterRows.cadre("rt-f2", "财二", "副局长", "DEPUTY", "rt-fin", "1979-01-01", PASSWORD),
            RosterRows.cadre("rt-r1", "竞一", "局长", "PRINCIPAL", "rt-race", "1976-01-01", PASSWORD),
            RosterRows.cadre("rt-s1", "蹲一", "局长", "PRINCIPAL", "rt-stay", "1978-01-01", PASSWORD),
            RosterRows.cadre("rt-s2", "蹲二", "副局长", "DEPUTY", "rt-stay", "1982-01-01", PASSWORD),
            RosterRows.cadre("rt-s3", "蹲三", "副局长", "DEPUTY", "rt-stay", "1986-01-01", PASSWORD)),
        "staff", List.of(
            RosterRows.staff(OD, "组织部干部", "rt-edu", AppraisalGroup.ORG_DEPT.id(), PASSWORD),
            RosterRows.staff("rt-pc", "党委委员", "rt-edu", AppraisalGroup.PARTY_COMMITTEE.id(), PASSWORD),
            RosterRows.staff("rt-st", "蹲点组干部", "rt-fin", AppraisalGroup.APPRAISAL_TEAM.id(), PASSWORD),
            RosterRows.staff("rt-sx", "蹲点局干部", "rt-stay", AppraisalGroup.APPRAISAL_TEAM.id(), PASSWORD))));
    assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
  }

  private static Map<String, Object> open(int year, String period, String due) {
    return Map.of("year", year, "period", period, "units", List.of("rt-edu", "rt-fin"), "dueDate", due);
  }

  private static Map<String, Object> row(String code, String score, String keyTasks, String comment, boolean signs,
      String weakness) {
    Map<String, Object> row = new HashMap<>();
    row.put("cadreCode", code);
    row.put("score", score);
    row.put("keyTasks", keyTasks);
    row.put("comment", comment);
    row.put("earlySigns", signs);
    row.put("weakness", weakness);
    return row;
  }

  /** The downloaded sheet with scores set by row number (key tasks filled where empty), uploaded. */
  private static ResponseEntity<String> upload(RestClient api, String path, byte[] xlsx, Map<Integer, String> scores)
      throws Exception {
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("得分");
      assertThat(sheet.getLastRowNum()).as("one row per cadre").isEqualTo(3);
      for (var e : scores.entrySet()) {
        Row row = sheet.getRow(e.getKey());
        row.createCell(3).setCellValue(e.getValue());
        if (row.getCell(4) == null || row.getCell(4).getStringCellValue().isBlank()) {
          row.createCell(4).setCellValue("按期完成分管任务");
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return api.upload(OD, path + ".xlsx", "file", "评分.xlsx", out.toByteArray());
    }
  }
}
