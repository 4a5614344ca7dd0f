package cn.cadre.appraisal.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A refused /api sign-in answers 401 with a problem detail in Chinese: wrong credentials, no
 * credentials, or — after a wrong password — how long the account stays locked.
 */
class ProblemEntryPoint implements AuthenticationEntryPoint {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    String detail = e instanceof LockedException || e instanceof BadCredentialsException ? e.getMessage()
        : "需要登录：请用 HTTP Basic 提供用户名和密码";
    java.util.Map<String, Object> problem = new java.util.LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", "未登录");
    problem.put("status", 401);
    problem.put("detail", detail);
    problem.put("instance", request.getRequestURI());
    response.setStatus(HttpStatus.UNAUTHORIZED.value());
    response.setHeader("WWW-Authenticate", "Basic realm=\"cadre-appraisal\"");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    JSON.writeValue(response.getOutputStream(), problem);
  }
}
