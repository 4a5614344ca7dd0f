package cn.cadre.appraisal.ballot;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface BallotTokenRepository extends JpaRepository<BallotToken, String> {

  /** Marks the token used; 0 when it was used already (also by a concurrent submission). */
  @Modifying(flushAutomatically = true)
  @Query("update BallotToken t set t.spent = true where t.tokenHash = ?1 and t.spent = false")
  int spend(String tokenHash);

  long countByCampaignIdAndUnitIdAndSpent(Long campaignId, Long unitId, boolean spent);
}
