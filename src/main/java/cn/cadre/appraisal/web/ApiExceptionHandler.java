package cn.cadre.appraisal.web;

import cn.cadre.appraisal.campaign.AlreadyStartedException;
import cn.cadre.appraisal.organisation.NotFoundException;
import org.camunda.bpm.engine.AuthorizationException;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Domain exceptions become RFC 7807 problem details with a message that says what is wrong. */
@RestControllerAdvice(basePackages = "cn.cadre.appraisal.web")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "未找到", e.getMessage());
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badRequest(IllegalArgumentException e) {
    return problem(HttpStatus.BAD_REQUEST, "请求不合法", e.getMessage());
  }

  /** A sheet (uploaded, or a table typed in a page) with bad rows: every error, and nothing saved. */
  @ExceptionHandler(cn.cadre.appraisal.spreadsheet.InvalidSheetException.class)
  ProblemDetail invalidSheet(cn.cadre.appraisal.spreadsheet.InvalidSheetException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "表格有误，未保存任何内容", e.getMessage());
    problem.setProperty("errors", e.errors());
    return problem;
  }

  @ExceptionHandler(AlreadyStartedException.class)
  ProblemDetail conflict(AlreadyStartedException e) {
    return problem(HttpStatus.CONFLICT, "冲突", e.getMessage());
  }

  /** A request that would overwrite what is on record, or that the current state does not allow. */
  @ExceptionHandler(IllegalStateException.class)
  ProblemDetail stateConflict(IllegalStateException e) {
    return problem(HttpStatus.CONFLICT, "冲突", e.getMessage());
  }

  /** Two requests changing the same thing at once: the later one changes nothing and is told so. */
  @ExceptionHandler({org.springframework.dao.DataIntegrityViolationException.class,
      org.springframework.dao.ConcurrencyFailureException.class})
  ProblemDetail concurrentChange(RuntimeException e) {
    return problem(HttpStatus.CONFLICT, "冲突", "与同时进行的另一操作冲突，本次请求未保存任何内容；请刷新后查看并重试");
  }

  @ExceptionHandler({AccessDeniedException.class, AuthorizationException.class})
  ProblemDetail forbidden(RuntimeException e) {
    // Spring Security's own refusal of a @PreAuthorize says "Access Denied": say it as users do
    String detail = e.getMessage() == null || "Access Denied".equals(e.getMessage())
        ? "您所在的用户组不能执行此操作" : e.getMessage();
    return problem(HttpStatus.FORBIDDEN, "无权访问", detail);
  }

  /** Names every invalid field, e.g. "unitCode: unitCode 不能为空". */
  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String detail = e.getBindingResult().getFieldErrors().stream()
        .map(error -> error.getField() + ": " + error.getDefaultMessage())
        .collect(Collectors.joining("; "));
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "请求不合法", detail));
  }

  /** Unreadable JSON says where it broke instead of "Failed to read request". */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Throwable cause = e.getMostSpecificCause();
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "请求体无法解析", cause.getMessage()));
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
