package cn.cadre.appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.support.RestClient;
import cn.cadre.appraisal.support.RoundDriver;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Tasklist filters every user gets, by their Chinese names: 我的待办, 本组待办, 已逾期 (their tasks
 * past the due date, most overdue first) and 本轮考核 (the annual round's tasks, not those of a routine
 * round), each listing only the caller's tasks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistFiltersTest {

  @Autowired ApplicationContext context;
  @Autowired TestRestTemplate template;
  @Autowired TaskService tasks;

  @Test
  void everyUserHasTheFourFilters_eachListsOnlyTheirTasks_searchableByUnitAndYear() {
    RoundDriver.Round round = RoundDriver.of(context).year(2078).open("tf", 2, 1);
    RestClient api = new RestClient(template, RoundDriver.PASSWORD);
    String cadre = round.cadreCode(1, 1);
    String other = round.cadreCode(2, 1);

    JsonNode filters = api.json(api.get(cadre, "/engine-rest/filter?resourceType=Task&sortBy=name&sortOrder=asc"));
    assertThat(filters.findValuesAsText("name")).contains("我的待办", "本组待办", "已逾期", "本轮考核");
    String overdue = id(filters, "已逾期");
    String round2078 = id(filters, "本轮考核");

    Task selfReport = tasks.createTaskQuery().taskAssignee(cadre).taskDefinitionKey("Task_SelfReport").singleResult();
    assertThat(names(api, cadre, round2078)).contains("填写述职述廉报告");
    assertThat(ids(api, other, round2078)).as("another cadre's list").doesNotContain(selfReport.getId());
    assertThat(ids(api, cadre, overdue)).doesNotContain(selfReport.getId());

    Date due = selfReport.getDueDate();
    selfReport.setDueDate(Date.from(Instant.now().minus(2, ChronoUnit.DAYS)));
    tasks.saveTask(selfReport);
    try {
      assertThat(ids(api, cadre, overdue)).contains(selfReport.getId());
      assertThat(ids(api, other, overdue)).doesNotContain(selfReport.getId());
    } finally {
      selfReport.setDueDate(due);
      tasks.saveTask(selfReport);
    }
    assertThat(ids(api, cadre, overdue)).doesNotContain(selfReport.getId());

    // Tasklist's search (任务名称 包含…) narrows a filter to a unit or a year: task names carry them
    String mine = id(filters, "我的待办");
    String unit1 = String.format("规模测试第%02d单位（%s）", 1, round.prefix());
    String unit2 = String.format("规模测试第%02d单位（%s）", 2, round.prefix());
    List<String> ofUnit1 = search(api, cadre, mine, "%" + unit1 + "%");
    assertThat(ofUnit1).isNotEmpty().allMatch(name -> name.contains(unit1)).contains("班子总结报告：" + unit1);
    assertThat(search(api, cadre, mine, "%" + unit2 + "%")).as("another unit's tasks").isEmpty();
    String ofYear = "%2078年度%";
    assertThat(search(api, round.orgDept(), id(filters, "本组待办"), ofYear)).contains("录入民主测评结果：2078年度考核");
    assertThat(search(api, round.orgDept(), id(filters, "本组待办"), "%2077年度%")).doesNotContain("录入民主测评结果：2078年度考核");
  }

  /** What Tasklist sends when a user searches a filter's list by task name. */
  private static List<String> search(RestClient api, String user, String filter, String nameLike) {
    return api.json(api.post(user, "/engine-rest/filter/" + filter + "/list", java.util.Map.of("nameLike", nameLike)))
        .findValuesAsText("name");
  }

  private static String id(JsonNode filters, String name) {
    for (JsonNode f : filters) {
      if (name.equals(f.path("name").asText())) {
        return f.path("id").asText();
      }
    }
    throw new AssertionError("no filter " + name + " in " + filters);
  }

  private static List<String> ids(RestClient api, String user, String filter) {
    return api.json(api.get(user, "/engine-rest/filter/" + filter + "/list")).findValuesAsText("id");
  }

  private static List<String> names(RestClient api, String user, String filter) {
    return api.json(api.get(user, "/engine-rest/filter/" + filter + "/list")).findValuesAsText("name");
  }
}
