package cn.cadre.appraisal.evaluation;

import cn.cadre.appraisal.organisation.Cadre;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SelfReportRepository extends JpaRepository<SelfReport, Long> {

  // JPQL rather than a derived query for the lookups every task makes: see CadreRepository
  @org.springframework.data.jpa.repository.Query("select r from SelfReport r where r.cadre = ?1 and r.reference = ?2")
  Optional<SelfReport> findByCadreAndReference(Cadre cadre, String reference);

  List<SelfReport> findByCadreOrderByYearDesc(Cadre cadre);
}
