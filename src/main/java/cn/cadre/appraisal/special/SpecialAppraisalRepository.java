package cn.cadre.appraisal.special;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import jakarta.persistence.LockModeType;

public interface SpecialAppraisalRepository extends JpaRepository<SpecialAppraisal, Long> {

  boolean existsByYearAndTitle(int year, String title);

  List<SpecialAppraisal> findAllByOrderByIdDesc();

  /** The appraisal row locked, so that two conclusions of one appraisal are written one after the other. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select a from SpecialAppraisal a where a.id = ?1")
  Optional<SpecialAppraisal> lock(Long id);
}
