package cn.cadre.appraisal.web;

import cn.cadre.appraisal.process.authentication.CamundaAuthenticationProvider;
import cn.cadre.appraisal.process.authentication.EngineAuthenticationFilter;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * /api: stateless HTTP Basic against Camunda identity. The passwords are checked by
 * CamundaAuthenticationProvider, the global authentication manager's one provider: not added to
 * the chains as well, or a failed sign-in would be tried twice (and lock the user twice as fast). Everything else is left to Camunda
 * (the webapps' own login and CSRF; /engine-rest's own Basic filter), so no chain matches it. /actuator
 * has a chain of its own.
 */
@Configuration
@EnableMethodSecurity
class ApiSecurityConfig {

  /**
   * The ballot page and the ballot API need no login: the one-time token is the evaluator's only
   * credential, and nothing about the caller is kept. No session, so no cookie to forge (no CSRF).
   */
  @Bean
  @Order(1)
  SecurityFilterChain ballotSecurity(HttpSecurity http) throws Exception {
    return http
        .securityMatcher("/api/ballots/**", "/ballot", "/ballot/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identity) throws Exception {
    return http
        .securityMatcher("/api/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName("cadre-appraisal").authenticationEntryPoint(new ProblemEntryPoint(true)))
        .exceptionHandling(errors -> errors.accessDeniedHandler(ProblemResponses.forbidden()))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .addFilterAfter(new EngineAuthenticationFilter(identity), BasicAuthenticationFilter.class)
        .addFilterAfter(new PasswordChangeRequiredFilter(), EngineAuthenticationFilter.class)
        .build();
  }

  /**
   * /app: the application's own pages (calibration and approval, the dashboard to come) with a
   * Chinese sign-in page for the same users and passwords as Tasklist; a session, and CSRF tokens
   * on every change (the page's scripts send it as a header). The calibration pages are org-dept's,
   * the party committee's and administrators'; the negative lists are the offices' and a unit's
   * reports its appraisal team's (their services check which office, which team), and the home page shows each user what they may open. /app/api answers
   * 401 instead of redirecting to the sign-in.
   */
  @Bean
  @Order(3)
  SecurityFilterChain appSecurity(HttpSecurity http, IdentityService identity) throws Exception {
    return http
        .securityMatcher("/app/**")
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/app/login", "/app/assets/**", "/app/denied").permitAll()
            .requestMatchers("/app", "/app/", "/app/password", "/app/file", "/app/notices/*", "/app/messages",
                "/app/messages/**", "/app/api/messages", "/app/api/messages/**", "/app/campaigns/*/negative-lists/**", "/app/api/campaigns/*/negative-lists/**",
                "/app/campaigns/*/units/*/reports", "/app/api/campaigns/*/units/*/reports/**",
                "/app/campaigns/*/units/*/interviews", "/app/api/campaigns/*/units/*/interviews/**",
                "/app/scoring-rounds/*/offices/*", "/app/api/scoring-rounds/*/offices/*/sheet", "/app/api/scoring-rounds/*/offices/*/sheet.xlsx")
            .authenticated()
            .anyRequest().hasAnyAuthority(GROUP + "org-dept", GROUP + "party-committee", GROUP + "camunda-admin"))
        .formLogin(form -> form.loginPage("/app/login").defaultSuccessUrl("/app/", false).failureUrl("/app/login?error"))
        .logout(logout -> logout.logoutUrl("/app/logout").logoutSuccessUrl("/app/login?logout"))
        .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
            new ProblemEntryPoint(false), PathPatternRequestMatcher.withDefaults().matcher("/app/api/**"))
            .accessDeniedHandler(ProblemResponses.forbidden()))
        .addFilterAfter(new EngineAuthenticationFilter(identity), AnonymousAuthenticationFilter.class)
        .addFilterAfter(new PasswordChangeRequiredFilter(), EngineAuthenticationFilter.class)
        .build();
  }

  /**
   * /actuator: health (and its liveness and readiness groups) for anyone, so that a load balancer or
   * a monitor can ask without an account; the details of each part and the info endpoint only to a
   * user who signs in with HTTP Basic (the details to administrators: management.endpoint.health.roles).
   */
  @Bean
  @Order(4)
  SecurityFilterChain actuatorSecurity(HttpSecurity http) throws Exception {
    return http
        .securityMatcher("/actuator/**")
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName("cadre-appraisal").authenticationEntryPoint(new ProblemEntryPoint(true)))
        .exceptionHandling(errors -> errors.accessDeniedHandler(ProblemResponses.forbidden()))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  private static final String GROUP = CamundaAuthenticationProvider.GROUP_PREFIX;
}
