package cn.cadre.appraisal.term;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TermAuditRepository extends JpaRepository<TermAudit, Long> {

  List<TermAudit> findByTermIdOrderById(Long termId);
}
