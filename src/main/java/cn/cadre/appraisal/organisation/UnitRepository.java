package cn.cadre.appraisal.organisation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitRepository extends JpaRepository<Unit, Long> {
  Optional<Unit> findByCode(String code);

  java.util.List<Unit> findByCodeIn(java.util.Collection<String> codes);
}
