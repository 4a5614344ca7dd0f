package cn.cadre.appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.servlet.ModelAndView;

/** What a page answers for refusals the controllers do not raise themselves (ErrorResponsesTest has the rest). */
class PageErrorHandlerTest {

  private final PageErrorHandler handler = new PageErrorHandler();

  @Test
  void aFormWithoutARequiredField_isABadRequestInChinese_notAServerError() {
    ModelAndView page = handler.unexpected(new MissingServletRequestParameterException("currentPassword", "String"));

    assertThat(page.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(page.getViewName()).isEqualTo("app/error");
    assertThat(page.getModel().get("message")).isEqualTo("请求不合法");
  }

  @Test
  void twoRequestsChangingTheSameThing_theLaterIsAConflict_andTheEnginesEnglishIsNotShown() {
    ModelAndView engine = handler.concurrentChange(new org.camunda.bpm.engine.OptimisticLockingException("ENGINE-03005 ..."));
    assertThat(engine.getStatus()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(engine.getModel().get("message")).isEqualTo(ApiExceptionHandler.CONCURRENT_CHANGE);

    ModelAndView denied = handler.forbidden(new org.camunda.bpm.engine.AuthorizationException("The user with id 'x' does not have 'READ' permission"));
    assertThat(denied.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(denied.getModel().get("message")).isEqualTo(ProblemResponses.FORBIDDEN);
  }

  @Test
  void aProgrammingError_isAServerErrorToldGenerically() {
    ModelAndView page = handler.unexpected(new IllegalStateException("internal detail"));

    assertThat(page.getStatus()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(page.getModel().get("message")).isEqualTo(ApiExceptionHandler.INTERNAL_ERROR);
  }
}
