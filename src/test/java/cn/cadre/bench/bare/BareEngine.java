package cn.cadre.bench.bare;

import cn.cadre.appraisal.process.engine.EngineIndexes;
import cn.cadre.appraisal.process.engine.VariableHistoryPlugin;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The baseline of the whole-round benchmark: a bare Camunda 7 engine with nothing of the product —
 * the Camunda Spring Boot starter's engine, REST API and webapps, on its own database on the same
 * server, with authorizations on, the product's history (level full without variable details:
 * {@link VariableHistoryPlugin}), the product's added index ({@link EngineIndexes}) and job-executor timings, its
 * REST API behind Camunda's own HTTP Basic filter. The product's application.yaml is not read
 * (spring.config.name), none of its beans is scanned (this package, outside cn.cadre.appraisal so that
 * the product's own scan never finds this configuration either), Flyway is off.
 */
@SpringBootApplication
public class BareEngine {

  public record Started(ConfigurableApplicationContext context, String base) {}

  /** {@code jdbcUrl} null: an in-memory H2 database. */
  public static Started start(String jdbcUrl, String user, String password) {
    System.setProperty("spring.config.name", "bare-engine");
    Map<String, Object> settings = new HashMap<>();
    settings.put("server.port", "0");
    settings.put("spring.flyway.enabled", "false");
    settings.put("spring.jpa.open-in-view", "false");
    // the product's pool: connections without autocommit (no SET autocommit around each transaction)
    settings.put("spring.datasource.hikari.auto-commit", "false");
    settings.put("spring.jpa.properties.hibernate.connection.provider_disables_autocommit", "true");
    if (jdbcUrl == null) {
      settings.put("spring.datasource.url", "jdbc:h2:mem:bare-engine;DB_CLOSE_DELAY=-1");
    } else {
      settings.put("spring.datasource.url", jdbcUrl);
      settings.put("spring.datasource.username", user);
      settings.put("spring.datasource.password", password);
      settings.put("spring.datasource.hikari.transaction-isolation", "TRANSACTION_READ_COMMITTED");
      // the driver settings of the product's application-mysql.yaml: like with like
      settings.put("spring.datasource.hikari.data-source-properties.cachePrepStmts", "true");
      settings.put("spring.datasource.hikari.data-source-properties.prepStmtCacheSize", "500");
      settings.put("spring.datasource.hikari.data-source-properties.prepStmtCacheSqlLimit", "32768");
      settings.put("spring.datasource.hikari.data-source-properties.useLocalSessionState", "true");
      settings.put("spring.datasource.hikari.data-source-properties.rewriteBatchedStatements", "true");
      // Selenium brings OpenTelemetry into the test classpath, and Connector/J would trace every statement
      // (the product has no OpenTelemetry); the product's benchmark turns it off as well
      settings.put("spring.datasource.hikari.data-source-properties.openTelemetry", "DISABLED");
    }
    settings.put("camunda.bpm.admin-user.id", "admin");
    settings.put("camunda.bpm.admin-user.password", "admin");
    settings.put("camunda.bpm.authorization.enabled", "true");
    settings.put("camunda.bpm.auto-deployment-enabled", "false");
    settings.put("camunda.bpm.database.schema-update", "true");
    settings.put("camunda.bpm.history-level", "full");
    settings.put("camunda.bpm.job-execution.wait-time-in-millis", "300");
    settings.put("camunda.bpm.job-execution.max-wait", "3000");
    settings.put("camunda.bpm.generic-properties.properties.historyTimeToLive", "P1825D");
    settings.put("camunda.bpm.generic-properties.properties.generalResourceWhitelistPattern", "[a-zA-Z0-9_.-]+|camunda-admin");
    SpringApplication app = new SpringApplication(BareEngine.class);
    app.setDefaultProperties(settings);
    ConfigurableApplicationContext context = app.run();
    return new Started(context, "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort());
  }

  /** The same history as the product's: level full, without a detail row per variable write. */
  @Bean
  VariableHistoryPlugin variableHistory() {
    return new VariableHistoryPlugin(false);
  }

  /** The same schema: the sub-task index Camunda lacks (without it each completion reads every open task). */
  @Bean
  EngineIndexes engineIndexes() {
    return new EngineIndexes();
  }

  /** Camunda's own authentication of its REST API, as its documentation sets it up. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }

  /** Spring Security is on the classpath (the product's): it leaves the bare engine's requests to Camunda. */
  @Bean
  SecurityFilterChain leaveItToCamunda(HttpSecurity http) throws Exception {
    return http.csrf(csrf -> csrf.disable()).authorizeHttpRequests(a -> a.anyRequest().permitAll()).build();
  }
}
