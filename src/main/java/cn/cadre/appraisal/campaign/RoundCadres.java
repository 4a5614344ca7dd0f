package cn.cadre.appraisal.campaign;

import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.Unit;
import cn.cadre.appraisal.shared.NotFoundException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a round appraises in each of its units, as the roster stood when the round opened. Every
 * list of a round's cadres (tally sheets, ballots, negative lists, interviews, reviews, calibration,
 * scores) reads it here, not from today's roster, so that a later roster move changes nothing in a
 * round that is under way.
 */
@Service
public class RoundCadres {

  /** Principal first, then by code: the order of every list of a unit's cadres. */
  private static final Comparator<CampaignCadre> ORDER = Comparator
      .comparing((CampaignCadre c) -> c.getUnit().getCode()).thenComparing(CampaignCadre::getRole)
      .thenComparing(c -> c.getCadre().getCode());

  private final CampaignCadreRepository rows;
  RoundCadres(CampaignCadreRepository rows) {
    this.rows = rows;
  }

  /** Fixes the round's cadres: everyone the roster places in its units now. */
  @Transactional
  void record(Long campaignId, Collection<Unit> units) {
    if (!units.isEmpty()) {
      rows.recordRound(campaignId, units.stream().map(Unit::getId).toList());
    }
  }

  /** The unit's cadres in the round, principal first, each with their role and position in it. */
  @Transactional(readOnly = true)
  public List<CampaignCadre> of(Long campaignId, Unit unit) {
    return rows.findByCampaignIdAndUnit(campaignId, unit).stream().sorted(ORDER).toList();
  }

  /** The cadres of several units of the round, by unit code and principal first, in one query. */
  @Transactional(readOnly = true)
  public List<CampaignCadre> of(Long campaignId, Collection<Unit> units) {
    return units.isEmpty() ? List.of() : rows.findByCampaignIdAndUnitIn(campaignId, units).stream().sorted(ORDER).toList();
  }

  /** The unit's cadres themselves, in the same order. */
  @Transactional(readOnly = true)
  public List<Cadre> cadresOf(Long campaignId, Unit unit) {
    return of(campaignId, unit).stream().map(CampaignCadre::getCadre).toList();
  }

  /** Every cadre of the round, by cadre id. */
  @Transactional(readOnly = true)
  public Map<Long, CampaignCadre> byCadre(Long campaignId) {
    Map<Long, CampaignCadre> byCadre = new HashMap<>();
    rows.findByCampaignId(campaignId).forEach(c -> byCadre.put(c.getCadre().getId(), c));
    return byCadre;
  }

  /** The unit the round appraises the cadre in; refused when the round does not appraise them. */
  @Transactional(readOnly = true)
  public Unit unitOf(Long campaignId, Cadre cadre) {
    return of(campaignId, cadre).map(CampaignCadre::getUnit)
        .orElseThrow(() -> new NotFoundException("干部不在该考核轮次中：" + cadre.getName() + "（" + cadre.getCode() + "）"));
  }

  /** Where the round appraises the cadre; empty when the round does not appraise them. */
  @Transactional(readOnly = true)
  public Optional<CampaignCadre> of(Long campaignId, Cadre cadre) {
    return rows.findByCampaignIdAndCadre(campaignId, cadre);
  }
}
