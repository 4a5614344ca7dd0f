package cn.cadre.appraisal.web;

import cn.cadre.appraisal.process.authentication.CamundaAuthenticationProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user signed in with a one-time password may do nothing but choose their own: the API answers 403
 * saying so, the application's pages lead to the password page.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {


  static final String MESSAGE = "首次登录须先设置自己的密码（一次性密码不能用于其他操作）："
      + "请在 /app/password 修改，或 POST /api/account/password {currentPassword, newPassword}";
  private static final Set<String> ALLOWED = Set.of("/api/account/password", "/app/password", "/app/logout",
      "/app/login");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean mustChange = auth != null && auth.getAuthorities().stream()
        .anyMatch(a -> a.getAuthority().equals(CamundaAuthenticationProvider.PASSWORD_CHANGE_REQUIRED));
    if (!mustChange || ALLOWED.contains(path) || path.startsWith("/app/assets/")) {
      chain.doFilter(request, response);
      return;
    }
    if (path.startsWith("/app/") && !path.startsWith("/app/api/") || path.equals("/app")) {
      response.sendRedirect(request.getContextPath() + "/app/password");
      return;
    }
    ProblemResponses.write(request, response, HttpStatus.FORBIDDEN, "须先修改密码", MESSAGE);
  }
}
