package cn.cadre.appraisal.evaluation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SelfReportReviewRepository extends JpaRepository<SelfReportReview, Long> {

  /** Every decision on the round's reports of these cadres, oldest first. */
  List<SelfReportReview> findByCampaignIdAndCadreIdInOrderById(Long campaignId, java.util.Collection<Long> cadreIds);
}
