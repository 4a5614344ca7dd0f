package cn.cadre.appraisal.scoring;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SpreadCheckRepository extends JpaRepository<SpreadCheck, Long> {

  @Query("select c from SpreadCheck c join fetch c.indicator i join fetch i.scheme where c.roundId = ?1 order by c.id")
  List<SpreadCheck> ofRound(Long roundId);
}
