package cn.cadre.appraisal.term;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TermArchiveGradeRepository extends JpaRepository<TermArchiveGrade, Long> {

  List<TermArchiveGrade> findByTermIdOrderByYear(Long termId);

  Optional<TermArchiveGrade> findByTermIdAndYear(Long termId, int year);
}
