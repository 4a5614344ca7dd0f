package cn.cadre.appraisal.message;

import cn.cadre.appraisal.organisation.IdentityDirectory;
import cn.cadre.appraisal.settings.AppraisalSettings;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mails the messages posted while an SMTP server is configured ({@code spring.mail.host}), after
 * their transaction committed: each message is taken by one mailer before it is sent (two nodes, or a
 * run again, never send it twice; a mailer that dies while sending leaves it SENDING, not sent twice,
 * and an hour later FAILED with the reason),
 * to the recipient's address in the directory (the roster's {@code email}). A refused mail is tried
 * again on the next runs, three times in all. Without an SMTP server messages stay in the application.
 */
@Component
public class MessageMailer {

  private static final Logger LOG = LoggerFactory.getLogger(MessageMailer.class);
  static final int ATTEMPTS = 3;
  private static final int BATCH = 200;

  private final JavaMailSender sender;
  private final MessageRepository messages;
  private final IdentityDirectory directory;
  private final AppraisalSettings settings;
  private final Clock clock;
  private final TransactionTemplate transactions;
  private final String from;

  MessageMailer(ObjectProvider<JavaMailSender> sender, ObjectProvider<MailProperties> mailProperties,
      MessageRepository messages, IdentityDirectory directory, AppraisalSettings settings, Clock clock,
      PlatformTransactionManager transactionManager) {
    this.sender = sender.getIfAvailable();
    this.messages = messages;
    this.directory = directory;
    this.settings = settings;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactionManager);
    MailProperties properties = mailProperties.getIfAvailable();
    String username = properties == null ? null : properties.getUsername();
    this.from = !settings.mail().from().isBlank() ? settings.mail().from()
        : username != null && username.contains("@") ? username : "appraisal@localhost";
  }

  /** Whether messages are e-mailed (an SMTP server is configured). */
  public boolean mails() {
    return sender != null;
  }

  @EventListener(ApplicationReadyEvent.class)
  void sayHowMessagesGoOut() {
    if (sender == null) {
      LOG.warn("No SMTP server configured (spring.mail.host): messages are kept in the application (站内消息) and not e-mailed");
    } else {
      LOG.info("Messages are also e-mailed, from {}; links point to {}", from, settings.mail().publicUrl());
    }
  }

  /** Sends the waiting mails; answers how many were sent. Runs on a schedule. */
  @Scheduled(initialDelayString = "${appraisal.mail.interval-ms:20000}", fixedDelayString = "${appraisal.mail.interval-ms:20000}")
  public int sendWaiting() {
    if (sender == null) {
      return 0;
    }
    int sent = 0;
    // a mail still SENDING an hour after a mailer took it was taken by one that died: it may have gone
    // out, so it is not sent again, but marked for whoever looks at the undelivered mails
    Integer interrupted = transactions.execute(status -> messages.giveUpInterrupted(MailState.SENDING, MailState.FAILED,
        "发送中断（发送时应用停止），可能已发出，未重发以免重复", LocalDateTime.now(clock).minusHours(1)));
    if (interrupted != null && interrupted > 0) {
      LOG.warn("{} mail(s) interrupted while sending (the application stopped): marked FAILED, not sent again", interrupted);
    }
    List<Long> waiting = messages.findIdsByMailState(MailState.PENDING, PageRequest.of(0, BATCH));
    if (waiting.isEmpty()) {
      return 0;
    }
    List<Message> batch = messages.findAllById(waiting);
    Map<String, String> addresses = directory.emailsOf(batch.stream().map(Message::getRecipient).toList());
    for (Message message : batch) {
      Integer taken = transactions.execute(status -> messages.takeMail(message.getId(), MailState.SENDING, MailState.PENDING,
          LocalDateTime.now(clock)));
      if (taken == null || taken == 0) {
        continue; // another mailer has it
      }
      String address = addresses.get(message.getRecipient());
      if (address == null) {
        mark(message.getId(), MailState.NO_ADDRESS, null);
        continue;
      }
      try {
        sender.send(mail(message, address));
        mark(message.getId(), MailState.SENT, null);
        sent++;
      } catch (MailException | MessagingException e) {
        boolean last = message.getMailAttempts() + 1 >= ATTEMPTS;
        LOG.warn("Mail of message {} to {} refused ({}): {}", message.getId(), message.getRecipient(),
            last ? "given up" : "tried again later", e.getMessage());
        mark(message.getId(), last ? MailState.FAILED : MailState.PENDING, cut(e.getMessage()));
      }
    }
    if (sent > 0) {
      LOG.info("Mailed {} message(s)", sent);
    }
    return sent;
  }

  private MimeMessage mail(Message message, String address) throws MessagingException {
    MimeMessage mime = sender.createMimeMessage();
    MimeMessageHelper mail = new MimeMessageHelper(mime, "UTF-8");
    mail.setFrom(from);
    mail.setTo(address);
    mail.setSubject("【干部考核】" + message.getTitle());
    StringBuilder text = new StringBuilder(message.getBody());
    if (message.getLink() != null) {
      text.append("\n\n办理或查看：").append(absolute(message.getLink()));
    }
    text.append("\n\n此邮件由干部考核系统自动发送，请勿直接回复。登录系统后，可在“消息”中查看全部提醒。");
    mail.setText(text.toString());
    return mime;
  }

  private String absolute(String link) {
    String base = settings.mail().publicUrl();
    return link.startsWith("/") ? (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + link : link;
  }

  private void mark(Long id, MailState state, String error) {
    transactions.executeWithoutResult(status -> messages.mailed(id, state,
        state == MailState.SENT ? LocalDateTime.now(clock) : null, error));
  }

  private static String cut(String text) {
    return text == null || text.length() <= 300 ? text : text.substring(0, 299) + "…";
  }
}
