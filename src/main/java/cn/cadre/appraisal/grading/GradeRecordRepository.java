package cn.cadre.appraisal.grading;

import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.Unit;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GradeRecordRepository extends JpaRepository<GradeRecord, Long> {

  // JPQL rather than a derived query for the lookups every task makes: see CadreRepository
  @org.springframework.data.jpa.repository.Query("select r from GradeRecord r where r.campaignId = ?1 and r.cadre = ?2")
  Optional<GradeRecord> findByCampaignIdAndCadre(Long campaignId, Cadre cadre);

  /** The same, with the unit loaded, for a caller outside a transaction. */
  @org.springframework.data.jpa.repository.EntityGraph(attributePaths = "unit")
  Optional<GradeRecord> findWithUnitByCampaignIdAndCadre(Long campaignId, Cadre cadre);

  @org.springframework.data.jpa.repository.Query("select r from GradeRecord r where r.campaignId = ?1 and r.unit = ?2 and r.cadre is null")
  Optional<GradeRecord> findByCampaignIdAndUnitAndCadreIsNull(Long campaignId, Unit unit);

  List<GradeRecord> findByCampaignIdOrderById(Long campaignId);

  /** One unit's records of the round (its cadres and its team), for the work done unit by unit. */
  List<GradeRecord> findByCampaignIdAndUnitCodeOrderById(Long campaignId, String unitCode);

  /** The round's cadre records with their cadres and units, in one query (the calibration table). */
  @org.springframework.data.jpa.repository.Query("select r from GradeRecord r join fetch r.cadre c join fetch c.unit "
      + "where r.campaignId = :campaignId order by r.id")
  List<GradeRecord> findCadreRecordsOfRound(@org.springframework.data.repository.query.Param("campaignId") Long campaignId);

  List<GradeRecord> findByCadreAndFinalGradeIsNotNull(Cadre cadre);

  List<GradeRecord> findByUnitAndCadreIsNullAndFinalGradeIsNotNull(Unit unit);
}
