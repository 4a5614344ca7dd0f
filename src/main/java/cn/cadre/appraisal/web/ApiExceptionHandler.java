package cn.cadre.appraisal.web;

import cn.cadre.appraisal.shared.ConflictException;
import cn.cadre.appraisal.shared.InvalidInputException;
import cn.cadre.appraisal.shared.NotFoundException;
import cn.cadre.appraisal.spreadsheet.InvalidSheetException;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The error protocol of the API: the domain's exceptions become RFC 7807 problem details in Chinese
 * (InvalidInputException 400 with every problem under "errors", NotFoundException 404,
 * ConflictException 409; a refusal 403). Anything else is a programming error: 500, logged with
 * its stack trace, and a generic message — never a 400 or 409 that blames the user.
 */
@RestControllerAdvice(basePackages = "cn.cadre.appraisal.web")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  static final String INTERNAL_ERROR = "服务器处理本次请求时出错，未保存任何内容。请稍后重试；若仍出错，请把出错时间告知系统管理员";

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "未找到", e.getMessage());
  }

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalidInput(InvalidInputException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "请求不合法", e.getMessage());
    problem.setProperty("errors", e.problems());
    return problem;
  }

  /** A sheet (uploaded, or a table typed in a page) with bad rows: every error, and nothing saved. */
  @ExceptionHandler(InvalidSheetException.class)
  ProblemDetail invalidSheet(InvalidSheetException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "表格有误，未保存任何内容", e.getMessage());
    problem.setProperty("errors", e.errors());
    return problem;
  }

  /** A request that would overwrite what is on record, or that the current state does not allow. */
  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return problem(HttpStatus.CONFLICT, "冲突", e.getMessage());
  }

  /** Two requests changing the same thing at once: the later one changes nothing and is told so. */
  @ExceptionHandler({DataIntegrityViolationException.class, ConcurrencyFailureException.class,
      OptimisticLockingException.class})
  ProblemDetail concurrentChange(RuntimeException e) {
    return problem(HttpStatus.CONFLICT, "冲突", CONCURRENT_CHANGE);
  }

  static final String CONCURRENT_CHANGE = "与同时进行的另一操作冲突，本次请求未保存任何内容；请刷新后查看并重试";

  /** Too many wrong ballot tokens from one address: the client waits, others are served. */
  @ExceptionHandler(TooManyAttemptsException.class)
  ResponseEntity<ProblemDetail> tooManyAttempts(TooManyAttemptsException e) {
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
        .body(problem(HttpStatus.TOO_MANY_REQUESTS, "请求过于频繁", e.getMessage()));
  }

  @ExceptionHandler({AccessDeniedException.class, AuthorizationException.class})
  ProblemDetail forbidden(RuntimeException e) {
    return problem(HttpStatus.FORBIDDEN, "无权访问", forbiddenDetail(e));
  }

  /**
   * Spring Security's own refusal of a @PreAuthorize says "Access Denied", the engine's names
   * permissions in English: say it as users do; the application's own refusals already do.
   */
  static String forbiddenDetail(RuntimeException e) {
    return e.getMessage() == null || e instanceof AuthorizationException || "Access Denied".equals(e.getMessage())
        ? ProblemResponses.FORBIDDEN : e.getMessage();
  }

  /** A programming error (a JDK exception, an engine failure): logged in full, answered generically. */
  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    log.error("Request failed with an unexpected exception", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误", INTERNAL_ERROR);
  }

  /** Names every invalid field, e.g. "unitCode: unitCode 不能为空". */
  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    java.util.List<String> errors = e.getBindingResult().getFieldErrors().stream()
        .map(error -> error.getField() + ": " + error.getDefaultMessage()).toList();
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "请求不合法", String.join("; ", errors));
    problem.setProperty("errors", errors);
    return ResponseEntity.badRequest().body(problem);
  }

  /** Unreadable JSON says where it broke instead of "Failed to read request". */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Throwable cause = e.getMostSpecificCause();
    if (cause instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
      // too long or too deeply nested: refused while reading, nothing of it kept
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "请求体过大",
          "请求体超过上限（" + JsonLimits.MAX_MEGABYTES + " MB，嵌套不超过 " + JsonLimits.MAX_NESTING + " 层），未保存任何内容"));
    }
    // the application's own refusal (a value object's constructor) already speaks Chinese; Jackson's
    // and Spring's messages are English and name internals: say what is wrong as users see it
    String detail = cause instanceof InvalidInputException ? cause.getMessage() : "请求体的格式不正确";
    if (e.getCause() == null) {
      detail = "缺少请求体（应为 JSON）";
    } else if (cause instanceof com.fasterxml.jackson.core.JsonParseException
        || cause instanceof com.fasterxml.jackson.core.io.JsonEOFException) {
      com.fasterxml.jackson.core.JsonLocation at = ((com.fasterxml.jackson.core.JsonProcessingException) cause).getLocation();
      detail = at == null ? "请求体不是有效的 JSON" : "请求体不是有效的 JSON：第 " + at.getLineNr() + " 行第 " + at.getColumnNr() + " 列附近有误";
    }
    if (e.getCause() instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch
        && !mismatch.getPath().isEmpty()) {
      // a value of the wrong kind: say which field, and what was sent, as users name it
      String field = mismatch.getPath().stream()
          .map(p -> p.getFieldName() != null ? p.getFieldName() : "[" + p.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
      detail = mismatch instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException invalid
          ? "字段 " + field + " 的值“" + invalid.getValue() + "”格式不正确"
          : "字段 " + field + " 的值类型不正确";
    }
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "请求体无法解析", detail));
  }

  /** Spring MVC's own refusals (wrong method, missing parameter, bad type…) in Chinese too. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    if (body == null && e instanceof org.springframework.web.ErrorResponse response) {
      body = response.getBody(); // what Spring would answer, in English: made Chinese below
    }
    if (body instanceof ProblemDetail problem) {
      problem.setTitle(title(status));
      String detail = detail(e);
      if (detail != null) {
        problem.setDetail(detail);
      }
    }
    return super.handleExceptionInternal(e, body, headers, status, request);
  }

  private static String detail(Exception e) {
    if (e instanceof TypeMismatchException mismatch) {
      return "参数 " + mismatch.getPropertyName() + " 的值“" + mismatch.getValue() + "”格式不正确";
    } else if (e instanceof MissingServletRequestParameterException missing) {
      return "缺少参数 " + missing.getParameterName();
    } else if (e instanceof MissingServletRequestPartException missing) {
      return "缺少上传的文件（" + missing.getRequestPartName() + "）";
    } else if (e instanceof HttpRequestMethodNotSupportedException method) {
      return "此地址不支持 " + method.getMethod() + " 请求";
    } else if (e instanceof HttpMediaTypeNotSupportedException type) {
      return "不支持的请求格式：" + type.getContentType();
    } else if (e instanceof HttpMediaTypeNotAcceptableException) {
      return "无法以所要求的格式答复";
    } else if (e instanceof NoResourceFoundException missing) {
      return "没有这个地址：/" + missing.getResourcePath();
    } else if (e instanceof MaxUploadSizeExceededException) {
      return UploadLimitAdvice.TOO_LARGE;
    } else if (e instanceof HandlerMethodValidationException) {
      return "请求参数不合法";
    }
    return null;
  }

  static String title(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> "请求不合法";
      case 401 -> "未登录";
      case 403 -> "无权访问";
      case 404 -> "未找到";
      case 405 -> "不支持的请求方法";
      case 406 -> "无法提供所要求的格式";
      case 409 -> "冲突";
      case 413 -> "文件过大";
      case 415 -> "不支持的请求格式";
      case 503 -> "服务暂不可用";
      default -> status.is5xxServerError() ? "服务器内部错误" : "请求未能完成";
    };
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
