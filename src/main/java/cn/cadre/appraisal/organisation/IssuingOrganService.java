package cn.cadre.appraisal.organisation;

import cn.cadre.appraisal.settings.AppraisalSettings;
import cn.cadre.appraisal.shared.ConflictException;
import cn.cadre.appraisal.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who issues the notices: the organisation's own 发文机关 and 文号前缀, set with the roster or by the
 * organisation department. Until then the settings ({@code appraisal.issuing-organ}, {@code
 * document-prefix}: the demo's on H2, none under the mysql profile) stand in; with neither, no
 * notice is issued — the step stops with a message that says what to set, rather than print
 * another organ's name on an official document.
 */
@Service
public class IssuingOrganService {

  private static final Logger LOG = LoggerFactory.getLogger(IssuingOrganService.class);

  static final String MISSING = "尚未设置发文机关和文号前缀，不能生成通知：请组织部门先设置本单位的发文机关"
      + "（如“中共某县委组织部”）和文号前缀（如“某组”），可随花名册一并导入，设置后重试此步骤";

  /** The organ as notices print it; {@code fromSettings} when it is not yet the organisation's own data. */
  public record Organ(String name, String documentPrefix, boolean fromSettings, String updatedBy, LocalDateTime updatedAt) {}

  private final IssuingOrganRepository organs;
  private final AppraisalSettings settings;
  private final Clock clock;

  IssuingOrganService(IssuingOrganRepository organs, AppraisalSettings settings, Clock clock) {
    this.organs = organs;
    this.settings = settings;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Optional<Organ> current() {
    Optional<Organ> own = organs.findById(IssuingOrgan.ID).map(o ->
        new Organ(o.getName(), o.getDocumentPrefix(), false, o.getUpdatedBy(), o.getUpdatedAt()));
    if (own.isPresent() || isBlank(settings.issuingOrgan()) || isBlank(settings.documentPrefix())) {
      return own;
    }
    return Optional.of(new Organ(settings.issuingOrgan().strip(), settings.documentPrefix().strip(), true, null, null));
  }

  /** The organ a notice is issued by, or a refusal that says what to set. */
  @Transactional(readOnly = true)
  public Organ require() {
    return current().orElseThrow(() -> new ConflictException(MISSING));
  }

  /** What a user sets: 发文机关 and 文号前缀. */
  public record Names(String name, String documentPrefix) {

    String strippedName() {
      return name == null ? "" : name.strip();
    }

    String strippedPrefix() {
      return documentPrefix == null ? "" : documentPrefix.strip();
    }
  }

  /** Every problem of the names, in Chinese; none when they may be set. */
  public static List<String> problems(Names names) {
    List<String> problems = new ArrayList<>();
    String n = names.strippedName();
    String p = names.strippedPrefix();
    if (n.isEmpty()) {
      problems.add("发文机关不能为空");
    } else if (n.length() > 100) {
      problems.add("发文机关不能超过100个字");
    }
    if (p.isEmpty()) {
      problems.add("文号前缀不能为空（如“示组”）");
    } else if (p.length() > 10 || !p.codePoints().allMatch(Character::isLetter)) {
      problems.add("文号前缀应为不超过10个字的机关简称，不含数字和符号（如“示组”）: " + p);
    }
    return problems;
  }

  /** Sets the organisation's organ; every problem is named, and nothing changes on a refusal. */
  @Transactional
  public Organ set(Names names, String actor) {
    List<String> problems = problems(names);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(String.join("；", problems));
    }
    String n = names.strippedName();
    String p = names.strippedPrefix();
    LocalDateTime now = LocalDateTime.now(clock);
    IssuingOrgan organ = organs.findById(IssuingOrgan.ID).orElse(null);
    if (organ == null) {
      organ = organs.saveAndFlush(new IssuingOrgan(n, p, actor, now));
    } else {
      organ.change(n, p, actor, now);
    }
    LOG.info("Issuing organ set by {}: {} ({})", actor, n, p);
    return new Organ(n, p, false, actor, now);
  }

  /** Says at start when notices cannot be issued yet, before a round reaches them. */
  @EventListener(ApplicationReadyEvent.class)
  void warnIfMissing() {
    if (current().isEmpty()) {
      LOG.warn("No issuing organ (发文机关) and document prefix set: notices will not be issued until org-dept sets them "
          + "(roster field issuingOrgan, or PUT /api/issuing-organ)");
    }
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
