package cn.cadre.appraisal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Limits token guessing on the ballot page and the ballot API: a request answered 404 (no such
 * token) counts against the client's address, and a client over the limit is refused before any
 * lookup, whatever token it brings, while every other client is served as before. The address is
 * the connection's, or the one a trusted reverse proxy passes on ({@code server.tomcat.remoteip}).
 */
@Component
class BallotThrottle implements HandlerInterceptor, WebMvcConfigurer {

  private final BallotAttempts attempts;

  BallotThrottle(BallotAttempts attempts) {
    this.attempts = attempts;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/ballots", "/api/ballots/**", "/ballot", "/ballot/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    attempts.blockedFor(request.getRemoteAddr()).ifPresent(wait -> {
      throw new TooManyAttemptsException(wait);
    });
    return true;
  }

  @Override
  public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    if (response.getStatus() == HttpStatus.NOT_FOUND.value()) {
      attempts.failed(request.getRemoteAddr());
    }
  }
}
