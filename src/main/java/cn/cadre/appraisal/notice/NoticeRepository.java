package cn.cadre.appraisal.notice;

import cn.cadre.appraisal.organisation.Cadre;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NoticeRepository extends JpaRepository<Notice, Long> {

  // JPQL rather than a derived query for the lookups every task makes: see CadreRepository
  @Query("select n from Notice n where n.type = ?1 and n.recipient = ?2 and n.reference = ?3")
  Optional<Notice> findByTypeAndRecipientAndReference(NoticeType type, Cadre recipient, String reference);

  List<Notice> findByRecipientOrderByCreatedAtAscIdAsc(Cadre recipient);

  /** How many notices of each kind a round issued, and how many of them their recipients have received. */
  @Query("select n.type, count(n), count(n.receivedAt) from Notice n where n.campaignId = ?1 group by n.type")
  List<Object[]> countByType(Long campaignId);

  /** Notices issued before {@code before} that their recipients have neither opened nor been reminded of. */
  @Query("select n from Notice n join fetch n.recipient where n.receivedAt is null and n.receiptRemindedAt is null"
      + " and n.createdAt < ?1 order by n.id")
  List<Notice> unreceivedSince(java.time.LocalDateTime before);

  /** 签收: the first opening by the recipient is kept; later ones (or a concurrent one) change nothing. */
  @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update Notice n set n.receivedAt = ?2 where n.id = ?1 and n.receivedAt is null")
  int markReceived(Long id, java.time.LocalDateTime at);

  @Query("select n from Notice n join fetch n.recipient r join fetch r.unit u where "
      + "(:campaignId is null or n.campaignId = :campaignId) and (:type is null or n.type = :type) "
      + "and (:unitCode is null or u.code = :unitCode) and (:recipientCode is null or r.code = :recipientCode) "
      + "order by n.createdAt, n.id")
  List<Notice> find(@Param("campaignId") Long campaignId, @Param("type") NoticeType type,
      @Param("unitCode") String unitCode, @Param("recipientCode") String recipientCode);
}
