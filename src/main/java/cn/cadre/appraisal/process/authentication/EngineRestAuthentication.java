package cn.cadre.appraisal.process.authentication;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** /engine-rest requires HTTP Basic against Camunda identity; the engine then applies authorizations. */
@Configuration
class EngineRestAuthentication {

  /** The filter's place: SignInGate records failures just before it and refuses one-time passwords just after. */
  static final int ORDER = 100;

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter(ObjectProvider<ProcessEngine> engine) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApplicationEngineAuthenticationFilter(engine));
    registration.setName("camunda-auth");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(ORDER);
    return registration;
  }

  /**
   * Camunda's filter, given the application's engine: the filter looks the addressed engine up on
   * every request through a ServiceLoader scan of the class path (3 % of the server's CPU in a whole
   * round). Another engine's name is looked up as before (and not found).
   */
  static final class ApplicationEngineAuthenticationFilter extends ProcessEngineAuthenticationFilter {

    private final ObjectProvider<ProcessEngine> engine; // resolved at the first request: filters are built before the engine

    ApplicationEngineAuthenticationFilter(ObjectProvider<ProcessEngine> engine) {
      this.engine = engine;
    }

    @Override
    protected ProcessEngine getAddressedEngine(String engineName) {
      ProcessEngine own = engine.getIfAvailable();
      return own != null && own.getName().equals(engineName) ? own : super.getAddressedEngine(engineName);
    }
  }
}
