package cn.cadre.appraisal.special;

import cn.cadre.appraisal.organisation.Cadre;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SpecialCadreRepository extends JpaRepository<SpecialCadre, Long> {

  List<SpecialCadre> findByAppraisalIdOrderById(Long appraisalId);

  Optional<SpecialCadre> findByAppraisalIdAndCadre(Long appraisalId, Cadre cadre);

  List<SpecialCadre> findByCadreOrderById(Cadre cadre);
}
