package cn.cadre.appraisal.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.cadre.appraisal.shared.ConflictException;
import cn.cadre.appraisal.shared.InvalidInputException;
import cn.cadre.appraisal.shared.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The error protocol: each domain exception its status and Chinese problem; anything else a 500. */
class ApiExceptionHandlerTest {

  @RestController
  static class Throwing {

    @GetMapping("/invalid")
    String invalid() {
      throw new InvalidInputException(List.of("年度不能为空", "至少选择一个单位"));
    }

    @GetMapping("/conflict")
    String conflict() {
      throw new ConflictException("该清单已报送，不能再修改");
    }

    @GetMapping("/missing")
    String missing() {
      throw new NotFoundException("考核轮次不存在: 42");
    }

    @GetMapping("/denied")
    String denied() {
      throw new AccessDeniedException("Access Denied");
    }

    @GetMapping("/bug")
    String bug() {
      throw new IllegalArgumentException("index 3 out of bounds for length 2");
    }

    @GetMapping("/state-bug")
    String stateBug() {
      throw new IllegalStateException("No office for task Task_X");
    }

    @org.springframework.web.bind.annotation.PostMapping("/dated")
    String dated(@org.springframework.web.bind.annotation.RequestBody Dated body) {
      return "ok " + body.dueDate();
    }

    @GetMapping("/typed")
    String typed(@RequestParam long campaignId) {
      return "ok " + campaignId;
    }
  }

  record Dated(java.time.LocalDate dueDate, Integer year) {}

  private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Throwing())
      .setControllerAdvice(new ApiExceptionHandler()).build();

  @Test
  void aRuleBrokenIs400WithEveryProblemListed() throws Exception {
    mvc.perform(get("/invalid")).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.title").value("请求不合法"))
        .andExpect(jsonPath("$.detail").value("年度不能为空；至少选择一个单位"))
        .andExpect(jsonPath("$.errors[0]").value("年度不能为空"))
        .andExpect(jsonPath("$.errors[1]").value("至少选择一个单位"));
  }

  @Test
  void conflictNotFoundAndRefusalHaveTheirOwnStatus() throws Exception {
    mvc.perform(get("/conflict")).andExpect(status().isConflict())
        .andExpect(jsonPath("$.title").value("冲突")).andExpect(jsonPath("$.detail").value("该清单已报送，不能再修改"));
    mvc.perform(get("/missing")).andExpect(status().isNotFound()).andExpect(jsonPath("$.title").value("未找到"));
    mvc.perform(get("/denied")).andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value(ProblemResponses.FORBIDDEN));
  }

  @Test
  void aProgrammingErrorIs500AndTellsTheUserNothingOfTheCode() throws Exception {
    for (String path : List.of("/bug", "/state-bug")) {
      mvc.perform(get(path)).andExpect(status().isInternalServerError())
          .andExpect(jsonPath("$.title").value("服务器内部错误"))
          .andExpect(jsonPath("$.detail").value(ApiExceptionHandler.INTERNAL_ERROR))
          .andExpect(content().string(not(containsString("bounds"))))
          .andExpect(content().string(not(containsString("Task_X"))));
    }
  }

  @Test
  void springsOwnRefusalsAreInChinese() throws Exception {
    mvc.perform(get("/typed").param("campaignId", "abc")).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.title").value("请求不合法"))
        .andExpect(jsonPath("$.detail").value("参数 campaignId 的值“abc”格式不正确"));
    mvc.perform(get("/typed")).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("缺少参数 campaignId"));
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/dated")
            .contentType("application/json").content("{\"dueDate\": \"明天\", \"year\": 2026}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.title").value("请求体无法解析"))
        .andExpect(jsonPath("$.detail").value("字段 dueDate 的值“明天”格式不正确"));
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/dated")
            .contentType("application/json").content("{\"year\": [1]}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("字段 year 的值类型不正确"));
  }
}
