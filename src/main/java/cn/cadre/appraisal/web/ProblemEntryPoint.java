package cn.cadre.appraisal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A refused sign-in answers 401 with a problem detail in Chinese: wrong credentials, no credentials,
 * or — after a wrong password — how long the account stays locked. /api asks for HTTP Basic; the
 * pages' own API (/app/api) does not, so a browser shows no password dialog over the page.
 */
class ProblemEntryPoint implements AuthenticationEntryPoint {

  private final boolean basic;

  ProblemEntryPoint(boolean basic) {
    this.basic = basic;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    String detail = e instanceof LockedException || e instanceof BadCredentialsException ? e.getMessage()
        : basic ? "需要登录：请用 HTTP Basic 提供用户名和密码" : "尚未登录或登录已过期：请刷新页面重新登录";
    if (basic) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"cadre-appraisal\"");
    }
    ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED, "未登录", detail);
  }
}
