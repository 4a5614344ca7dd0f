package cn.cadre.appraisal.special;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SpecialRecordRepository extends JpaRepository<SpecialRecord, Long> {

  List<SpecialRecord> findByAppraisalIdOrderById(Long appraisalId);
}
