package cn.cadre.appraisal.process.authentication;

import cn.cadre.appraisal.account.AccountService;
import cn.cadre.appraisal.account.PasswordStore;
import cn.cadre.appraisal.account.SignInEvent.Kind;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One-time passwords and the sign-in record where Camunda authenticates by itself: Tasklist's login
 * and /engine-rest. A user who still has a one-time password is refused there (403, saying where to
 * set a password) — before Camunda checks it, so a refusal is not counted as a wrong password twice —
 * and Tasklist sign-ins and failed sign-ins on both are recorded.
 */
@Configuration
class SignInGate {

  static final String MESSAGE = "首次登录须先设置自己的密码：请打开 /app/password 用一次性密码登录后设置新密码，再登录任务列表";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Before Camunda's /engine-rest filter: records failed Basic sign-ins. */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> engineRestFailures(@Lazy AccountService accounts) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        chain.doFilter(request, response);
        String user = basicUser(request);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED && user != null) {
          accounts.record(user, Kind.FAILED, "engine-rest", request.getRemoteAddr(), null);
        }
      }
    });
    registration.setName("engine-rest-sign-in-record");
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(EngineRestAuthentication.ORDER - 1);
    return registration;
  }

  /** After Camunda's /engine-rest filter: a user with a one-time password may not use the REST API. */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> engineRestOneTimePasswords(@Lazy AccountService accounts,
      IdentityService identity) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        Authentication auth = identity.getCurrentAuthentication();
        if (auth != null && accounts.mustChangePassword(auth.getUserId())) {
          refuse(response, HttpServletResponse.SC_FORBIDDEN);
          return;
        }
        chain.doFilter(request, response);
      }
    });
    registration.setName("engine-rest-one-time-passwords");
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(EngineRestAuthentication.ORDER + 1);
    return registration;
  }

  /** Tasklist's (and Cockpit's, Admin's) login: refuses one-time passwords, records every attempt. */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> webappLogin(@Lazy AccountService accounts, PasswordStore passwords) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"POST".equals(request.getMethod()) || !path.matches("/camunda/api/admin/auth/user/[^/]+/login/[^/]+")) {
          chain.doFilter(request, response);
          return;
        }
        String user = request.getParameter("username");
        if (user != null && accounts.mustChangePassword(user)) {
          boolean right = passwords.check(user, request.getParameter("password"));
          accounts.record(user, right ? Kind.REFUSED_ONE_TIME_PASSWORD : Kind.FAILED, "tasklist",
              request.getRemoteAddr(), null);
          refuse(response, right ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_UNAUTHORIZED);
          return;
        }
        chain.doFilter(request, response);
        if (user != null) {
          accounts.record(user, response.getStatus() == HttpServletResponse.SC_OK ? Kind.SIGNED_IN : Kind.FAILED,
              "tasklist", request.getRemoteAddr(), null);
        }
      }
    });
    registration.setName("webapp-login-one-time-passwords");
    registration.addUrlPatterns("/camunda/api/admin/auth/*");
    return registration;
  }

  private static void refuse(HttpServletResponse response, int status) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    String message = status == HttpServletResponse.SC_FORBIDDEN ? MESSAGE : "用户名或密码错误";
    response.getOutputStream().write(JSON.writeValueAsBytes(Map.of("type", status == 403 ? "PasswordChangeRequired"
        : "AuthenticationException", "message", message)));
  }

  private static String basicUser(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? null : decoded.substring(0, colon);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
