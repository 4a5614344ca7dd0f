package cn.cadre.appraisal.message;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskDigestRunRepository extends JpaRepository<TaskDigestRun, LocalDate> {

  Optional<TaskDigestRun> findTopByOrderByDayDesc();
}
