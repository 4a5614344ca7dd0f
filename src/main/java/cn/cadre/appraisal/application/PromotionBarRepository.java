package cn.cadre.appraisal.application;

import cn.cadre.appraisal.organisation.Cadre;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PromotionBarRepository extends JpaRepository<PromotionBar, Long> {

  Optional<PromotionBar> findByCadreAndCampaignId(Cadre cadre, Long campaignId);

  Optional<PromotionBar> findBySubjectId(Long subjectId);

  boolean existsByCadreAndBarredUntilGreaterThanEqual(Cadre cadre, LocalDate day);
}
