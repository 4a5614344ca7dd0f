package cn.cadre.appraisal.application;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResultSubjectRepository extends JpaRepository<ResultSubject, Long> {

  Optional<ResultSubject> findByKey(String key);

  // JPQL rather than a derived query for the lookups every task makes: see CadreRepository
  @org.springframework.data.jpa.repository.Query("select s from ResultSubject s where s.gradeRecordId = ?1")
  Optional<ResultSubject> findByGradeRecordId(Long gradeRecordId);
}
