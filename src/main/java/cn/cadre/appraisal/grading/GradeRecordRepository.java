package cn.cadre.appraisal.grading;

import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.Unit;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GradeRecordRepository extends JpaRepository<GradeRecord, Long> {

  Optional<GradeRecord> findByCampaignIdAndCadre(Long campaignId, Cadre cadre);

  Optional<GradeRecord> findByCampaignIdAndUnitAndCadreIsNull(Long campaignId, Unit unit);

  List<GradeRecord> findByCampaignIdOrderById(Long campaignId);

  List<GradeRecord> findByCadreAndFinalGradeIsNotNull(Cadre cadre);
}
