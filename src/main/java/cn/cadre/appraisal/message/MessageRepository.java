package cn.cadre.appraisal.message;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MessageRepository extends JpaRepository<Message, Long> {

  // JPQL rather than a derived query for the lookups every task makes: see CadreRepository
  @Query("select count(m) > 0 from Message m where m.recipient = ?1 and m.dedupKey = ?2")
  boolean existsByRecipientAndDedupKey(String recipient, String dedupKey);

  List<Message> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Pageable page);

  List<Message> findByRecipientAndReadAtIsNullOrderByCreatedAtDescIdDesc(String recipient, Pageable page);

  long countByRecipientAndReadAtIsNull(String recipient);

  Optional<Message> findByIdAndRecipient(Long id, String recipient);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update Message m set m.readAt = ?3 where m.id = ?1 and m.recipient = ?2 and m.readAt is null")
  int markRead(Long id, String recipient, LocalDateTime at);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update Message m set m.readAt = ?2 where m.recipient = ?1 and m.readAt is null")
  int markAllRead(String recipient, LocalDateTime at);

  @Query("select m.id from Message m where m.mailState = ?1 order by m.id")
  List<Long> findIdsByMailState(MailState state, Pageable page);

  /**
   * Takes a waiting mail for this mailer (mailedAt: when it was taken, until it is sent): 1 when it was
   * still waiting, 0 when another mailer took it.
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update Message m set m.mailState = ?2, m.mailAttempts = m.mailAttempts + 1, m.mailedAt = ?4"
      + " where m.id = ?1 and m.mailState = ?3")
  int takeMail(Long id, MailState sending, MailState pending, LocalDateTime at);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update Message m set m.mailState = ?2, m.mailedAt = ?3, m.mailError = ?4 where m.id = ?1")
  int mailed(Long id, MailState state, LocalDateTime at, String error);

  /** Mails a mailer took before {@code before} and never finished (it died while sending): given up, not resent. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update Message m set m.mailState = ?2, m.mailError = ?3 where m.mailState = ?1 and m.mailedAt < ?4")
  int giveUpInterrupted(MailState sending, MailState failed, String error, LocalDateTime before);
}
