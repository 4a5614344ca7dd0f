package cn.cadre.appraisal.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CadreRepository extends JpaRepository<Cadre, Long> {
  // the hottest lookups as JPQL: Hibernate 6.6 keeps the translation of a query string, but
  // translates a derived (criteria) query anew on every call (4 % of the server's CPU in a round)
  @org.springframework.data.jpa.repository.Query("select c from Cadre c where c.code = ?1")
  Optional<Cadre> findByCode(String code);

  @org.springframework.data.jpa.repository.Query("select c from Cadre c where c.userId = ?1")
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
