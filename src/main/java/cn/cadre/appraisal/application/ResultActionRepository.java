package cn.cadre.appraisal.application;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResultActionRepository extends JpaRepository<ResultAction, Long> {

  Optional<ResultAction> findByRecordIdAndPath(Long gradeRecordId, ResultPath path);

  List<ResultAction> findByCampaignIdOrderById(Long campaignId);

  List<ResultAction> findByRecord_CadreOrderById(cn.cadre.appraisal.organisation.Cadre cadre);
}
