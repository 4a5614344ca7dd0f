package cn.cadre.appraisal.settings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The application's settings ({@code appraisal.*}), in one place, checked when the application
 * starts: a wrong value stops it with the setting's name instead of surfacing later. The process
 * folder's settings ({@code appraisal.deployment}) and the directory's ({@code appraisal.ldap}) are
 * the process adapters' own.
 *
 * @param issuingOrgan 发文机关 printed on notices until the organisation sets its own (IssuingOrganService);
 *     the demo's on H2, empty under the mysql profile, so that no other organ's name is ever printed
 * @param documentPrefix the organ's abbreviation in document numbers (示组〔2026〕3号), likewise
 * @param demoData whether an empty database gets the demo units, cadres and users
 * @param demoPassword the demo users' password
 * @param youngCadreMaxAge the age up to which an 优秀 cadre is nominated for the young-cadre pool
 * @param holidays public holidays skipped by working-day deadlines
 * @param workingWeekends weekend days worked instead (调休)
 * @param timeZone the organisation's time zone: deadlines end with its working days and times are
 *     shown in it, whatever zone the server runs in
 * @param accounts password rules
 * @param scoring thresholds of unit indicator scoring
 * @param ballots limits of the public ballot endpoints
 * @param notices how notices are printed
 * @param escalation when an overdue task is escalated
 * @param mail how messages go out by e-mail
 */
@Validated
@ConfigurationProperties("appraisal")
public record AppraisalSettings(
    @DefaultValue("") String issuingOrgan,
    @DefaultValue("") String documentPrefix,
    @DefaultValue("false") boolean demoData,
    @NotBlank @DefaultValue("demo") String demoPassword,
    @Min(18) @Max(70) @DefaultValue("45") int youngCadreMaxAge,
    @NotNull @DefaultValue({}) List<LocalDate> holidays,
    @NotNull @DefaultValue({}) List<LocalDate> workingWeekends,
    @NotBlank @DefaultValue("Asia/Shanghai") String timeZone,
    @Valid @NotNull @DefaultValue Accounts accounts,
    @Valid @NotNull @DefaultValue Scoring scoring,
    @Valid @NotNull @DefaultValue Ballots ballots,
    @Valid @NotNull @DefaultValue Notices notices,
    @Valid @NotNull @DefaultValue Escalation escalation,
    @Valid @NotNull @DefaultValue Mail mail) {

  public AppraisalSettings {
    if (timeZone != null && !timeZone.isBlank()) {
      try {
        java.time.ZoneId.of(timeZone);
      } catch (java.time.DateTimeException e) {
        throw new IllegalArgumentException("appraisal.time-zone: no such time zone '" + timeZone
            + "' (a region such as Asia/Shanghai)", e);
      }
    }
  }

  /** The organisation's time zone ({@link #timeZone}). */
  public java.time.ZoneId zone() {
    return java.time.ZoneId.of(timeZone);
  }

  /**
   * Messages (站内消息) also go out by e-mail when an SMTP server is configured ({@code spring.mail.host}
   * and, if it needs them, {@code spring.mail.username}/{@code password}); without one they stay in the
   * application, which says so once at start.
   *
   * @param from the sender's address (empty: {@code spring.mail.username}, else appraisal@localhost)
   * @param publicUrl the application's address as its users reach it, for the links in mails
   * @param digestCron when the daily digest of new tasks goes out (Spring cron, in the organisation's time zone)
   */
  public record Mail(@NotNull @DefaultValue("") String from,
                     @NotBlank @DefaultValue("http://localhost:8080") String publicUrl,
                     @NotBlank @DefaultValue("0 0 8 * * MON-FRI") String digestCron) {}

  /**
   * @param workingDays working days after an overdue task's due date at which, still open, it is
   *     escalated (升级督办) and its holder asked for a written explanation (情况说明); a round may set
   *     its own ({@code escalationDays})
   */
  public record Escalation(@Min(1) @Max(30) @DefaultValue("2") int workingDays) {}

  /**
   * @param sealImage a PNG of the organisation's seal (印章) to print over the signature of every PDF
   *     notice; empty (the default): the seal's place is left blank for the seal itself. A seal image on
   *     automatically generated documents needs the approval of the organisation that owns the seal
   * @param receiptReminderDays working days after which a notice its recipient has not opened (签收)
   *     is reminded to them, once
   */
  public record Notices(@NotNull @DefaultValue("") String sealImage,
                        @Min(1) @Max(30) @DefaultValue("3") int receiptReminderDays) {}

  /**
   * The public ballot endpoints need no login, so guessing tokens is limited per client address.
   *
   * @param maxFailedTokens wrong tokens a client may enter in one window; more, and every ballot
   *     request from it is refused (429) until the window ends. Voters of one meeting room often
   *     share an address: leave room for their typing errors
   * @param failedTokenWindow how long a client's count of wrong tokens lasts from its first one
   */
  public record Ballots(@Min(1) @DefaultValue("30") int maxFailedTokens,
                        @NotNull @DefaultValue("PT10M") java.time.Duration failedTokenWindow) {}

  /**
   * 综合考核 rules that are thresholds, not tables.
   *
   * @param minSpread an office's scores on an indicator spreading less than this share of its full
   *     points are flagged (Gansu: 30 %), and the indicator may be halved next year
   * @param fullMarksInvalid whether full marks for every unit on an indicator is refused as invalid
   *     (the county speech's rule)
   */
  public record Scoring(@jakarta.validation.constraints.DecimalMin("0") @jakarta.validation.constraints.DecimalMax("1")
                        @DefaultValue("0.30") java.math.BigDecimal minSpread,
                        @DefaultValue("true") boolean fullMarksInvalid) {}

  /** @param passwordMinLength the least number of characters of a password a user chooses */
  public record Accounts(@Min(8) @Max(64) @DefaultValue("10") int passwordMinLength) {}
}
