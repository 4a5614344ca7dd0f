package cn.cadre.appraisal.web;

import cn.cadre.appraisal.process.CamundaAuthenticationProvider;
import cn.cadre.appraisal.process.EngineAuthenticationFilter;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * /api: stateless HTTP Basic against Camunda identity. Everything else is left to Camunda
 * (the webapps' own login and CSRF; /engine-rest's own Basic filter), so no chain matches it.
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
  SecurityFilterChain apiSecurity(HttpSecurity http, CamundaAuthenticationProvider camundaUsers,
      IdentityService identity) throws Exception {
    return http
        .securityMatcher("/api/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .authenticationProvider(camundaUsers)
        .httpBasic(basic -> basic.realmName("cadre-appraisal"))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .addFilterAfter(new EngineAuthenticationFilter(identity), BasicAuthenticationFilter.class)
        .build();
  }
}
