package cn.cadre.appraisal.application;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResultActionRepository extends JpaRepository<ResultAction, Long> {

  // JPQL rather than a derived query for the lookups every task makes: see CadreRepository
  @org.springframework.data.jpa.repository.Query("select a from ResultAction a where a.subject.id = ?1 and a.path = ?2")
  Optional<ResultAction> findBySubjectIdAndPath(Long subjectId, ResultPath path);

  List<ResultAction> findByCampaignIdOrderById(Long campaignId);

  List<ResultAction> findBySubject_CadreOrderById(cn.cadre.appraisal.organisation.Cadre cadre);
}
