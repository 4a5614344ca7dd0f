package cn.cadre.appraisal.evaluation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SelfReportReviewRepository extends JpaRepository<SelfReportReview, Long> {

  /** Every decision on the round's reports of these cadres, oldest first. */
  @org.springframework.data.jpa.repository.Query("select r from SelfReportReview r where r.campaignId = ?1 and r.cadre.id in ?2 order by r.id")
  List<SelfReportReview> findByCampaignIdAndCadreIdInOrderById(Long campaignId, java.util.Collection<Long> cadreIds);
}
