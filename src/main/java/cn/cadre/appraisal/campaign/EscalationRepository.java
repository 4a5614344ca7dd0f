package cn.cadre.appraisal.campaign;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EscalationRepository extends JpaRepository<Escalation, Long> {

  Optional<Escalation> findByTaskId(String taskId);

  List<Escalation> findByTaskIdIn(Collection<String> taskIds);
}
