package cn.cadre.appraisal.term;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TermTargetRepository extends JpaRepository<TermTarget, Long> {

  List<TermTarget> findByTermIdOrderBySeq(Long termId);
}
