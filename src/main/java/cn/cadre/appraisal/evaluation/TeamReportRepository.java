package cn.cadre.appraisal.evaluation;

import cn.cadre.appraisal.organisation.Unit;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TeamReportRepository extends JpaRepository<TeamReport, Long> {
  Optional<TeamReport> findByCampaignIdAndUnit(Long campaignId, Unit unit);
}
