package cn.cadre.appraisal.notice;

import cn.cadre.appraisal.campaign.WorkingCalendar;
import cn.cadre.appraisal.message.MessageKind;
import cn.cadre.appraisal.message.MessageService;
import cn.cadre.appraisal.settings.AppraisalSettings;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A notice its recipient has not opened (签收) within {@code appraisal.notices.receipt-reminder-days}
 * working days is reminded to them in the application, once: the notice keeps when (a second node or a
 * second run finds it reminded; the message's own key holds as well).
 */
@Component
public class ReceiptReminders {

  private static final Logger LOG = LoggerFactory.getLogger(ReceiptReminders.class);

  private final NoticeRepository notices;
  private final MessageService messages;
  private final WorkingCalendar calendar;
  private final Clock clock;
  private final int days;

  ReceiptReminders(NoticeRepository notices, MessageService messages, WorkingCalendar calendar, Clock clock,
      AppraisalSettings settings) {
    this.notices = notices;
    this.messages = messages;
    this.calendar = calendar;
    this.clock = clock;
    this.days = settings.notices().receiptReminderDays();
  }

  @Scheduled(initialDelayString = "${appraisal.reminders.interval-ms:60000}",
      fixedDelayString = "${appraisal.reminders.interval-ms:60000}")
  @Transactional
  public int remindUnreceived() {
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDate today = now.toLocalDate();
    int reminded = 0;
    // N working days span at least N calendar days: older notices are the only candidates
    for (Notice notice : notices.unreceivedSince(now.minusDays(days))) {
      if (!calendar.addWorkingDays(notice.getCreatedAt().toLocalDate(), days).isBefore(today)) {
        continue;
      }
      notice.receiptReminded(now);
      if (notice.getRecipient().getUserId() != null) {
        messages.post(List.of(notice.getRecipient().getUserId()), MessageKind.NOTICE, "请签收通知：" + notice.getTitle(),
            "《" + notice.getTitle() + "》（" + notice.getDocumentNumber() + "）已印发" + days + "个工作日，尚未签收，请查阅。",
            "/app/notices/" + notice.getId() + ".pdf", "notice-receipt/" + notice.getId());
      }
      reminded++;
    }
    if (reminded > 0) {
      LOG.info("Receipt reminders: {} notice(s) unopened after {} working days", reminded, days);
    }
    return reminded;
  }
}
