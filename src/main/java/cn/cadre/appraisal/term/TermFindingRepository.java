package cn.cadre.appraisal.term;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TermFindingRepository extends JpaRepository<TermFinding, Long> {

  List<TermFinding> findByTermIdOrderById(Long termId);
}
