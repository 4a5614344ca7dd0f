package cn.cadre.appraisal.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.cadre.appraisal.organisation.CadreRole;
import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.organisation.UnitCategory;
import cn.cadre.appraisal.shared.Viewer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 签收: a notice counts as received when its recipient first opens it, once, whoever else reads it
 * and however many times the recipient opens it, also from several tabs at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NoticeReceiptTest {

  @Autowired NoticeService notices;
  @Autowired NoticeRepository repository;
  @Autowired OrganisationService organisation;
  @Autowired TransactionTemplate transaction;

  @Test
  void theRecipientsFirstOpeningIsTheReceipt() throws Exception {
    organisation.registerUnit("nr-u", "签收测试局", UnitCategory.DEPARTMENT, null);
    organisation.registerCadre("nr-c1", "签收干部", "局长", CadreRole.PRINCIPAL, "nr-u", "nr-c1", LocalDate.of(1978, 5, 1),
        "nr-pass-123");
    organisation.registerCadre("nr-c2", "另一干部", "副局长", CadreRole.DEPUTY, "nr-u", "nr-c2", LocalDate.of(1979, 5, 1),
        "nr-pass-123");
    long id = transaction.execute(status -> notices.issue(NoticeType.RESULT, organisation.cadreByCode("nr-c1"),
        "2091-ANNUAL/campaign-nr", Map.of("year", 2091, "grade", "称职", "problems", "", "suggestions", "",
            "reviewComment", ""))).getId();

    // org-dept reads it, another cadre may not: no receipt
    notices.pdf(id, new Viewer("nr-od", Set.of("org-dept")));
    assertThatThrownBy(() -> notices.notice(id, new Viewer("nr-c2", Set.of("cadre"))))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(repository.findById(id).orElseThrow().getReceivedAt()).isNull();

    // the recipient opens it in eight tabs at once: all open, one receipt
    Viewer recipient = new Viewer("nr-c1", Set.of("cadre"));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<String>> openings = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        openings.add(() -> notices.notice(id, recipient).getTitle());
      }
      for (Future<String> opened : pool.invokeAll(openings)) {
        assertThat(opened.get()).isNotBlank();
      }
    } finally {
      pool.shutdown();
    }
    var receivedAt = repository.findById(id).orElseThrow().getReceivedAt();
    assertThat(receivedAt).isNotNull();

    // opened again later: the first opening stays the receipt
    Thread.sleep(20);
    assertThat(notices.summaryOf(id, recipient, Notice::getReceivedAt)).isEqualTo(receivedAt);
    assertThat(repository.findById(id).orElseThrow().getReceivedAt()).isEqualTo(receivedAt);
  }

  @Autowired cn.cadre.appraisal.message.MessageService messages;
  @Autowired cn.cadre.appraisal.campaign.WorkingCalendar calendar;
  @Autowired cn.cadre.appraisal.settings.AppraisalSettings settings;

  @Test
  void anUnopenedNoticeIsRemindedOnce_afterThreeWorkingDays() {
    organisation.registerUnit("nr-v", "签收提醒测试局", UnitCategory.DEPARTMENT, null);
    organisation.registerCadre("nr-d1", "未签收干部", "局长", CadreRole.PRINCIPAL, "nr-v", "nr-d1", LocalDate.of(1978, 5, 1),
        "nr-pass-123");
    organisation.registerCadre("nr-d2", "已签收干部", "副局长", CadreRole.DEPUTY, "nr-v", "nr-d2", LocalDate.of(1979, 5, 1),
        "nr-pass-123");
    long unopened = issue("nr-d1");
    long opened = issue("nr-d2");
    notices.notice(opened, new Viewer("nr-d2", Set.of("cadre")));

    // two working days on, nothing yet; a week and a half on, the unopened one, once
    assertThat(remindAfter(2)).as("within the window").isZero();
    assertThat(remindAfter(14)).isPositive();
    assertThat(remindAfter(15)).as("a second run").isZero();
    assertThat(messages.inbox("nr-d1", true)).extracting(cn.cadre.appraisal.message.Message::getTitle)
        .containsOnlyOnce("请签收通知：" + NoticeType.RESULT.title());
    assertThat(messages.inbox("nr-d2", true)).extracting(cn.cadre.appraisal.message.Message::getTitle)
        .noneMatch(title -> title.startsWith("请签收通知"));
    assertThat(repository.findById(unopened).orElseThrow().getReceiptRemindedAt()).isNotNull();
    assertThat(repository.findById(opened).orElseThrow().getReceiptRemindedAt()).isNull();
  }

  private long issue(String cadre) {
    return transaction.execute(status -> notices.issue(NoticeType.RESULT, organisation.cadreByCode(cadre),
        "2092-ANNUAL/campaign-nr", Map.of("year", 2092, "grade", "称职", "problems", "", "suggestions", "",
            "reviewComment", ""))).getId();
  }

  /** The reminder job run {@code days} calendar days from now, in its transaction as scheduled. */
  private int remindAfter(int days) {
    java.time.Clock later = java.time.Clock.offset(java.time.Clock.system(cn.cadre.appraisal.support.OrganisationClock.ZONE),
        java.time.Duration.ofDays(days));
    return transaction.execute(status -> new ReceiptReminders(repository, messages, calendar, later, settings)
        .remindUnreceived());
  }
}
