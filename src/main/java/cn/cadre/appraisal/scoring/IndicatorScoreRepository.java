package cn.cadre.appraisal.scoring;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IndicatorScoreRepository extends JpaRepository<IndicatorScore, Long> {

  @Query("select s from IndicatorScore s join fetch s.indicator join fetch s.roundUnit where s.roundId = ?1")
  List<IndicatorScore> ofRound(Long roundId);
}
