package cn.cadre.appraisal.web;

import cn.cadre.appraisal.shared.ConflictException;
import cn.cadre.appraisal.shared.InvalidInputException;
import cn.cadre.appraisal.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The application's pages (/app/…) answer a refusal as a page in Chinese (app/error.ftlh) with the
 * same status and message the API would give as a problem detail — a browser shows it, it does not
 * download JSON. Before ApiExceptionHandler, and only for the page controllers; the ballot pages keep
 * their own (their layout is the voter's).
 */
@ControllerAdvice(assignableTypes = {AppPageController.class, CadreFilePageController.class, MessagePageController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrorHandler {

  private static final Logger log = LoggerFactory.getLogger(PageErrorHandler.class);

  @ExceptionHandler(NotFoundException.class)
  ModelAndView notFound(NotFoundException e) {
    return page(HttpStatus.NOT_FOUND, e.getMessage());
  }

  /** An address whose number is not a number (/app/campaigns/abc/…): no such page. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ModelAndView noSuchPage(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    return page(HttpStatus.NOT_FOUND, "没有这个页面：" + request.getRequestURI());
  }

  @ExceptionHandler(InvalidInputException.class)
  ModelAndView invalidInput(InvalidInputException e) {
    return page(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ModelAndView conflict(ConflictException e) {
    return page(HttpStatus.CONFLICT, e.getMessage());
  }

  @ExceptionHandler({DataIntegrityViolationException.class, ConcurrencyFailureException.class,
      OptimisticLockingException.class})
  ModelAndView concurrentChange(RuntimeException e) {
    return page(HttpStatus.CONFLICT, ApiExceptionHandler.CONCURRENT_CHANGE);
  }

  @ExceptionHandler({AccessDeniedException.class, AuthorizationException.class})
  ModelAndView forbidden(RuntimeException e) {
    return page(HttpStatus.FORBIDDEN, ApiExceptionHandler.forbiddenDetail(e));
  }

  /**
   * Spring's own refusals (a form without a required field, …) keep their status, said in Chinese;
   * anything else is a programming error: logged in full, the user told generically (never a stack trace).
   */
  @ExceptionHandler(Exception.class)
  ModelAndView unexpected(Exception e) {
    if (e instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
      return page(HttpStatus.valueOf(refusal.getStatusCode().value()), ApiExceptionHandler.title(refusal.getStatusCode()));
    }
    log.error("Page request failed with an unexpected exception", e);
    return page(HttpStatus.INTERNAL_SERVER_ERROR, ApiExceptionHandler.INTERNAL_ERROR);
  }

  private static ModelAndView page(HttpStatus status, String message) {
    ModelAndView page = new ModelAndView("app/error", status);
    page.addObject("message", message);
    return page;
  }
}
