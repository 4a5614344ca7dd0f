package cn.cadre.appraisal.campaign;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CampaignRepository extends JpaRepository<Campaign, Long> {

  /** The round's row, locked until the transaction ends: changes that check a round-wide rule queue here. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from Campaign c where c.id = :id")
  Optional<Campaign> lockById(@Param("id") Long id);
}
