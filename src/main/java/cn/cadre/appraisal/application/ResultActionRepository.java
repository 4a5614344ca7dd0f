package cn.cadre.appraisal.application;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResultActionRepository extends JpaRepository<ResultAction, Long> {

  Optional<ResultAction> findBySubjectIdAndPath(Long subjectId, ResultPath path);

  List<ResultAction> findByCampaignIdOrderById(Long campaignId);

  List<ResultAction> findBySubject_CadreOrderById(cn.cadre.appraisal.organisation.Cadre cadre);
}
