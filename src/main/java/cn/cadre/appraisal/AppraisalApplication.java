package cn.cadre.appraisal;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** 干部考核 — the cadre appraisal workflow application. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class AppraisalApplication {

  /**
   * One clock for every timestamp the domain writes, replaceable in tests, in the organisation's time
   * zone (appraisal.time-zone): a server on UTC still ends a deadline at midnight in Beijing.
   */
  @Bean
  Clock clock(cn.cadre.appraisal.settings.AppraisalSettings settings) {
    return Clock.system(settings.zone());
  }

  public static void main(String[] args) {
    SpringApplication.run(AppraisalApplication.class, args);
  }
}
