package cn.cadre.appraisal.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Problem details written by the security filters, before any controller runs (a missing sign-in,
 * a group that may not open the address): the same RFC 7807 shape and Chinese as ApiExceptionHandler.
 */
final class ProblemResponses {

  static final String FORBIDDEN = "您所在的用户组不能执行此操作";

  private static final ObjectMapper JSON = new ObjectMapper();

  private ProblemResponses() {}

  static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
      String detail) throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status.value());
    problem.put("detail", detail);
    problem.put("instance", request.getRequestURI());
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getOutputStream(), problem);
  }

  /** 403 from the filter chain: as JSON for the APIs, as the application's error page for its pages. */
  static AccessDeniedHandler forbidden() {
    return (HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) -> {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if (path.startsWith("/app/") && !path.startsWith("/app/api/")) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        request.getRequestDispatcher("/app/denied").forward(request, response);
      } else {
        write(request, response, HttpStatus.FORBIDDEN, "无权访问", FORBIDDEN);
      }
    };
  }
}
