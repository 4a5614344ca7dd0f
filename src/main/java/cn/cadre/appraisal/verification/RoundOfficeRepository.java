package cn.cadre.appraisal.verification;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface RoundOfficeRepository extends JpaRepository<RoundOffice, Long> {

  List<RoundOffice> findByCampaignIdOrderById(Long campaignId);

  Optional<RoundOffice> findByCampaignIdAndOfficeCode(Long campaignId, String officeCode);

  /** The office's list row, locked until the transaction ends: entries and the return do not cross. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from RoundOffice r where r.campaignId = ?1 and r.officeCode = ?2")
  Optional<RoundOffice> lock(Long campaignId, String officeCode);

  long countByCampaignIdAndSubmittedAtIsNull(Long campaignId);
}
