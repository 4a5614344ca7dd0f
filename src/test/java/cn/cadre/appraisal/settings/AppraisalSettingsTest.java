package cn.cadre.appraisal.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The settings are checked when the application starts: a wrong one stops it, naming the setting. */
class AppraisalSettingsTest {

  @Configuration
  @EnableConfigurationProperties(AppraisalSettings.class)
  static class Settings {}

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
      .withUserConfiguration(Settings.class);

  @Test
  void defaultsApplyAndListsAreRead() {
    runner.withPropertyValues("appraisal.document-prefix=示组", "appraisal.holidays=2026-10-01,2026-10-02")
        .run(context -> {
          AppraisalSettings settings = context.getBean(AppraisalSettings.class);
          assertThat(settings.documentPrefix()).isEqualTo("示组");
          assertThat(settings.accounts().passwordMinLength()).isEqualTo(10);
          assertThat(settings.youngCadreMaxAge()).isEqualTo(45);
          assertThat(settings.holidays()).containsExactly(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2));
          assertThat(settings.workingWeekends()).isEmpty();
        });
  }

  @Test
  void aWrongSettingStopsTheStartNamingIt() {
    runner.withPropertyValues("appraisal.young-cadre-max-age=90", "appraisal.accounts.password-min-length=4")
        .run(context -> {
          assertThat(context).hasFailed();
          StringBuilder messages = new StringBuilder();
          for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
          }
          assertThat(messages.toString()).contains("youngCadreMaxAge", "accounts.passwordMinLength", "must be greater than or equal to 8");
        });
    runner.withPropertyValues("appraisal.holidays=十月一日")
        .run(context -> assertThat(context).hasFailed());
    runner.withPropertyValues("appraisal.time-zone=Beijing")
        .run(context -> {
          assertThat(context).hasFailed();
          StringBuilder messages = new StringBuilder();
          for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
          }
          assertThat(messages.toString()).contains("appraisal.time-zone", "Beijing", "Asia/Shanghai");
        });
  }

  @Test
  void theOrganisationsZoneIsBeijingUnlessSet() {
    runner.run(context -> assertThat(context.getBean(AppraisalSettings.class).zone()).hasToString("Asia/Shanghai"));
    runner.withPropertyValues("appraisal.time-zone=Asia/Urumqi")
        .run(context -> assertThat(context.getBean(AppraisalSettings.class).zone()).hasToString("Asia/Urumqi"));
  }
}
