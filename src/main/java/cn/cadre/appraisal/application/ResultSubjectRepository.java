package cn.cadre.appraisal.application;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResultSubjectRepository extends JpaRepository<ResultSubject, Long> {

  Optional<ResultSubject> findByKey(String key);

  Optional<ResultSubject> findByGradeRecordId(Long gradeRecordId);
}
