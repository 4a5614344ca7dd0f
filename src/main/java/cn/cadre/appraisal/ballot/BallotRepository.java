package cn.cadre.appraisal.ballot;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Ballots are counted in the database (GROUP BY), never loaded one by one. */
public interface BallotRepository extends JpaRepository<Ballot, String> {

  @Query("select new cn.cadre.appraisal.ballot.CadreBallotCount(r.cadre.id, count(r), "
      + "sum(case when r.overall = 'EXCELLENT' then 1 else 0 end), "
      + "sum(case when r.overall = 'COMPETENT' then 1 else 0 end), "
      + "sum(case when r.overall = 'BASICALLY_COMPETENT' then 1 else 0 end), "
      + "sum(case when r.overall = 'INCOMPETENT' then 1 else 0 end), "
      + "avg(r.de), avg(r.neng), avg(r.qin), avg(r.ji), avg(r.lian), avg(r.political)) "
      + "from BallotRating r where r.ballot.campaignId = ?1 and r.ballot.unit.id = ?2 group by r.cadre.id")
  List<CadreBallotCount> countCadres(Long campaignId, Long unitId);

  @Query("select new cn.cadre.appraisal.ballot.TeamBallotCount(b.teamRating, count(b)) "
      + "from Ballot b where b.campaignId = ?1 and b.unit.id = ?2 group by b.teamRating")
  List<TeamBallotCount> countTeam(Long campaignId, Long unitId);

  long countByCampaignIdAndUnitId(Long campaignId, Long unitId);
}
