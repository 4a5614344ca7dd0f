package cn.cadre.appraisal.evaluation;

import cn.cadre.appraisal.organisation.Cadre;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SelfReportRepository extends JpaRepository<SelfReport, Long> {

  Optional<SelfReport> findByCadreAndReference(Cadre cadre, String reference);

  List<SelfReport> findByCadreOrderByYearDesc(Cadre cadre);
}
