package cn.cadre.appraisal.notice;

import cn.cadre.appraisal.organisation.Cadre;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NoticeRepository extends JpaRepository<Notice, Long> {

  Optional<Notice> findByTypeAndRecipientAndReference(NoticeType type, Cadre recipient, String reference);

  List<Notice> findByRecipientOrderByCreatedAtAscIdAsc(Cadre recipient);

  /** How many notices of each kind a round issued. */
  @Query("select n.type, count(n) from Notice n where n.campaignId = ?1 group by n.type")
  List<Object[]> countByType(Long campaignId);

  @Query("select n from Notice n join fetch n.recipient r join fetch r.unit u where "
      + "(:campaignId is null or n.campaignId = :campaignId) and (:type is null or n.type = :type) "
      + "and (:unitCode is null or u.code = :unitCode) and (:recipientCode is null or r.code = :recipientCode) "
      + "order by n.createdAt, n.id")
  List<Notice> find(@Param("campaignId") Long campaignId, @Param("type") NoticeType type,
      @Param("unitCode") String unitCode, @Param("recipientCode") String recipientCode);
}
