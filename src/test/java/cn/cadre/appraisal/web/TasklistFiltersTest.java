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
  void everyUserHasTheFourFilters_andEachListsOnlyTheirTasks() {
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
