package cn.cadre.appraisal.evaluation;

import cn.cadre.appraisal.organisation.Cadre;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InterviewRecordRepository extends JpaRepository<InterviewRecord, Long> {
  List<InterviewRecord> findByCampaignIdAndCadreOrderById(Long campaignId, Cadre cadre);

  /** A unit's records in one query (its page lists every cadre's). */
  @org.springframework.data.jpa.repository.Query("select r from InterviewRecord r where r.campaignId = ?1 and r.cadre in ?2 order by r.id")
  List<InterviewRecord> findByCampaignIdAndCadreInOrderById(Long campaignId, java.util.Collection<Cadre> cadres);
}
