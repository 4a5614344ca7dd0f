package cn.cadre.appraisal.routine;

import cn.cadre.appraisal.organisation.Unit;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FieldStayRepository extends JpaRepository<FieldStay, Long> {

  List<FieldStay> findByUnitAndStatus(Unit unit, FieldStay.Status status);

  List<FieldStay> findByUnitOrderById(Unit unit);

  List<FieldStay> findAllByOrderByIdDesc();
}
