package cn.cadre.appraisal.scoring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScoringRoundOfficeRepository extends JpaRepository<ScoringRoundOffice, Long> {

  List<ScoringRoundOffice> findByRoundIdOrderById(Long roundId);

  Optional<ScoringRoundOffice> findByRoundIdAndOfficeCode(Long roundId, String officeCode);
}
