package cn.cadre.appraisal.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CadreRepository extends JpaRepository<Cadre, Long> {
  Optional<Cadre> findByCode(String code);

  Optional<Cadre> findByUserId(String userId);

  List<Cadre> findByUnitOrderByRoleAscCodeAsc(Unit unit);
}
