package cn.cadre.appraisal.special;

import cn.cadre.appraisal.organisation.Unit;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SpecialUnitRepository extends JpaRepository<SpecialUnit, Long> {

  List<SpecialUnit> findByAppraisalIdOrderById(Long appraisalId);

  Optional<SpecialUnit> findByAppraisalIdAndUnit(Long appraisalId, Unit unit);
}
