package cn.cadre.appraisal.organisation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeadershipTeamRepository extends JpaRepository<LeadershipTeam, Long> {
  Optional<LeadershipTeam> findByUnit(Unit unit);
}
