package cn.cadre.appraisal.message;

import cn.cadre.appraisal.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages in the application (站内消息): posted by the features that have something to tell a user
 * (a reminder, a notice issued), each once per user and key, in the poster's transaction, so a
 * message exists exactly when what it tells does; read on the user's message page, where they are
 * marked read. With an SMTP server configured each is also e-mailed ({@link MessageMailer}).
 */
@Service
public class MessageService {

  private static final Logger LOG = LoggerFactory.getLogger(MessageService.class);
  /** The longest list a page shows; older messages stay, unlisted. */
  static final int LISTED = 200;

  private final MessageRepository messages;
  private final Clock clock;
  private final MessageMailer mailer;

  MessageService(MessageRepository messages, Clock clock, MessageMailer mailer) {
    this.messages = messages;
    this.clock = clock;
    this.mailer = mailer;
  }

  /**
   * Tells each of {@code recipients} once: a recipient who already has a message with {@code key}
   * gets none (a job run again after a crash, or on another node, where the database's unique key
   * refuses the second). Answers how many were posted.
   */
  @Transactional
  public int post(Collection<String> recipients, MessageKind kind, String title, String body, String link, String key) {
    int posted = 0;
    for (String recipient : new LinkedHashSet<>(recipients)) {
      if (recipient == null || recipient.isBlank() || messages.existsByRecipientAndDedupKey(recipient, key)) {
        continue;
      }
      Message message = new Message(recipient, kind, cut(title, 200), cut(body, 2000), link, key, LocalDateTime.now(clock));
      // mailed after this transaction commits, by the mailer: a message rolled back is never mailed
      messages.save(mailer.mails() ? message.toBeMailed() : message);
      posted++;
    }
    if (posted > 0) {
      LOG.info("Message {} posted to {} recipient(s): {}", kind, posted, key);
    }
    return posted;
  }

  /** The user's messages, newest first (unread only, if asked). */
  @Transactional(readOnly = true)
  public List<Message> inbox(String userId, boolean unreadOnly) {
    PageRequest page = PageRequest.of(0, LISTED);
    return unreadOnly ? messages.findByRecipientAndReadAtIsNullOrderByCreatedAtDescIdDesc(userId, page)
        : messages.findByRecipientOrderByCreatedAtDescIdDesc(userId, page);
  }

  @Transactional(readOnly = true)
  public long unread(String userId) {
    return messages.countByRecipientAndReadAtIsNull(userId);
  }

  /** Marks one of the user's own messages read (again: nothing changes); another's is not found. */
  @Transactional
  public Message markRead(long id, String userId) {
    messages.findByIdAndRecipient(id, userId).orElseThrow(() -> new NotFoundException("消息不存在: " + id));
    messages.markRead(id, userId, LocalDateTime.now(clock));
    return messages.findById(id).orElseThrow();
  }

  @Transactional
  public int markAllRead(String userId) {
    return messages.markAllRead(userId, LocalDateTime.now(clock));
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
