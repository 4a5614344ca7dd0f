package cn.cadre.appraisal.scoring;

import java.util.List;
import cn.cadre.appraisal.shared.AppendOnlyRepository;

public interface ScoreAuditRepository extends AppendOnlyRepository<ScoreAudit, Long> {

  List<ScoreAudit> findByRoundIdOrderById(Long roundId);
}
