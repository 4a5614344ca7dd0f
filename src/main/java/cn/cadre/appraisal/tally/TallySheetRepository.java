package cn.cadre.appraisal.tally;

import cn.cadre.appraisal.organisation.Unit;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface TallySheetRepository extends JpaRepository<TallySheet, Long> {

  List<TallySheet> findByCampaignId(Long campaignId);

  Optional<TallySheet> findByCampaignIdAndUnit(Long campaignId, Unit unit);

  /** The unit's sheet, locked until the transaction ends: a save and a submission do not cross. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select s from TallySheet s where s.campaignId = ?1 and s.unit = ?2")
  Optional<TallySheet> lock(Long campaignId, Unit unit);
}
