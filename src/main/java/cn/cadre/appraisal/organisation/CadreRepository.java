package cn.cadre.appraisal.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CadreRepository extends JpaRepository<Cadre, Long> {
  Optional<Cadre> findByCode(String code);

  Optional<Cadre> findByUserId(String userId);

  List<Cadre> findByUnitOrderByRoleAscCodeAsc(Unit unit);

  /** How many cadres each of these units has (units without any are left out), as [unit code, count]. */
  @org.springframework.data.jpa.repository.Query(
      "select c.unit.code, count(c) from Cadre c where c.unit in :units group by c.unit.code")
  List<Object[]> countByUnits(@org.springframework.data.repository.query.Param("units") java.util.Collection<Unit> units);

  /** The cadres of many units in one query, their units fetched. */
  @org.springframework.data.jpa.repository.Query(
      "select c from Cadre c join fetch c.unit u where u in :units order by u.code, c.role, c.code")
  List<Cadre> findByUnitsFetchingUnit(@org.springframework.data.repository.query.Param("units")
      java.util.Collection<Unit> units);
}
