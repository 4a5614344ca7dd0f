package cn.cadre.appraisal.ballot;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface BallotTokenRepository extends JpaRepository<BallotToken, String> {

  /** Marks the token used; 0 when it was used already (also by a concurrent submission). */
  @Modifying(flushAutomatically = true)
  @Query("update BallotToken t set t.spent = true where t.tokenHash = ?1 and t.spent = false")
  int spend(String tokenHash);

  long countByCampaignIdAndUnitIdAndSpent(Long campaignId, Long unitId, boolean spent);

  /** Per unit of the round: its code, whether spent, how many tokens. */
  @Query("select t.unit.code, t.spent, count(t) from BallotToken t where t.campaignId = ?1 group by t.unit.code, t.spent")
  List<Object[]> countByUnit(Long campaignId);
}
