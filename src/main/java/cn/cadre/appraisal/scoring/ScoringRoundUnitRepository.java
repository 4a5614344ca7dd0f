package cn.cadre.appraisal.scoring;

import cn.cadre.appraisal.organisation.Unit;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ScoringRoundUnitRepository extends JpaRepository<ScoringRoundUnit, Long> {

  @Query("select u from ScoringRoundUnit u join fetch u.unit join fetch u.scheme where u.roundId = ?1 order by u.id")
  List<ScoringRoundUnit> ofRound(Long roundId);

  Optional<ScoringRoundUnit> findByRoundIdAndUnit(Long roundId, Unit unit);
}
