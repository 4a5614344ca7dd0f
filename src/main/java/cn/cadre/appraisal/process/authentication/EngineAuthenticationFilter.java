package cn.cadre.appraisal.process.authentication;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Hands the /api caller to the engine for the request, so Camunda authorizations apply there too. */
public class EngineAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identity;

  public EngineAuthenticationFilter(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated()) {
      chain.doFilter(request, response);
      return;
    }
    List<String> groups = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith(CamundaAuthenticationProvider.GROUP_PREFIX))
        .map(a -> a.substring(CamundaAuthenticationProvider.GROUP_PREFIX.length())).toList();
    try {
      identity.setAuthentication(auth.getName(), groups);
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }
}
