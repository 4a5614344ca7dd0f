package cn.cadre.appraisal.term;

import cn.cadre.appraisal.organisation.Unit;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface TermAppraisalRepository extends JpaRepository<TermAppraisal, Long> {

  List<TermAppraisal> findByUnitOrderByStartYear(Unit unit);

  List<TermAppraisal> findAllByOrderByIdDesc();

  /** The term locked: a second review started at the same moment waits, then sees the first. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select t from TermAppraisal t where t.id = ?1")
  Optional<TermAppraisal> lock(Long id);
}
