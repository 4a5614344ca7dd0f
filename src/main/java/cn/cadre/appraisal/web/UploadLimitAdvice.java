package cn.cadre.appraisal.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over {@code spring.servlet.multipart.max-file-size} is refused while the request is
 * parsed, before any controller is chosen, so only an advice for every handler sees it (the API's
 * own, {@link ApiExceptionHandler}, is limited to its controllers); otherwise the client would get a
 * bare 413 without a word.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

  static final String TOO_LARGE = "上传的文件过大（每个文件不超过 10 MB），未保存任何内容";

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, TOO_LARGE);
    problem.setTitle(ApiExceptionHandler.title(HttpStatus.PAYLOAD_TOO_LARGE));
    return problem;
  }
}
