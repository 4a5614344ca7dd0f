package cn.cadre.appraisal.scoring;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScoreAuditRepository extends JpaRepository<ScoreAudit, Long> {

  List<ScoreAudit> findByRoundIdOrderById(Long roundId);
}
