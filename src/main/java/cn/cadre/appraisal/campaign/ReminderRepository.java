package cn.cadre.appraisal.campaign;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReminderRepository extends JpaRepository<Reminder, Long> {
  Optional<Reminder> findByTaskId(String taskId);
}
