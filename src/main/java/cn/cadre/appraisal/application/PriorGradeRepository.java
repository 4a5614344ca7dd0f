package cn.cadre.appraisal.application;

import cn.cadre.appraisal.organisation.Cadre;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PriorGradeRepository extends JpaRepository<PriorGrade, Long> {

  Optional<PriorGrade> findByCadreAndYear(Cadre cadre, int year);

  List<PriorGrade> findByCadre(Cadre cadre);
}
