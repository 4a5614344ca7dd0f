package cn.cadre.appraisal.web;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * What Spring Boot's /error answers when no controller was reached (an unknown address, a method an
 * address does not take): the same Chinese titles as the problem details, under "error" and "title".
 */
@Component
class ChineseErrorAttributes extends DefaultErrorAttributes {

  @Override
  public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
    Map<String, Object> attributes = super.getErrorAttributes(request, options);
    if (attributes.get("status") instanceof Integer status) {
      String title = ApiExceptionHandler.title(HttpStatusCode.valueOf(status));
      attributes.put("error", title);
      attributes.put("title", title);
      if (status >= 500) {
        attributes.put("detail", ApiExceptionHandler.INTERNAL_ERROR);
      }
    }
    return attributes;
  }
}
