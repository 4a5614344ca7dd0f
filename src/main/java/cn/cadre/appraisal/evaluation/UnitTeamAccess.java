package cn.cadre.appraisal.evaluation;

import cn.cadre.appraisal.campaign.CampaignUnit;
import cn.cadre.appraisal.campaign.CampaignUnitRepository;
import cn.cadre.appraisal.shared.Viewer;
import cn.cadre.appraisal.shared.NotFoundException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who works a unit's stages in a round: the appraisal team sent to it (回避 is checked when the round
 * opens); the organisation department may read what the team records.
 */
@Component
public class UnitTeamAccess {

  private final CampaignUnitRepository campaignUnits;

  UnitTeamAccess(CampaignUnitRepository campaignUnits) {
    this.campaignUnits = campaignUnits;
  }

  public CampaignUnit unit(Long campaignId, String unitCode) {
    return campaignUnits.findByCampaignIdAndUnitCode(campaignId, unitCode)
        .orElseThrow(() -> new NotFoundException("单位不在该考核轮次中: " + unitCode));
  }

  /** The unit, if the viewer is on its team or in the organisation department; else 403 with {@code refusal}. */
  public CampaignUnit readable(Long campaignId, String unitCode, Viewer viewer, String refusal) {
    CampaignUnit unit = unit(campaignId, unitCode);
    if (!isTeam(unit, viewer) && !viewer.isOrgDept()) {
      throw new AccessDeniedException(refusal);
    }
    return unit;
  }

  /** Refuses (403, {@code refusal}) anyone not on the unit's team. */
  public void requireTeam(CampaignUnit unit, Viewer viewer, String refusal) {
    if (!isTeam(unit, viewer)) {
      throw new AccessDeniedException(refusal);
    }
  }

  /** The round's units whose team the viewer is on, code → name (the home page's links). */
  public Map<String, String> unitsOf(Long campaignId, Viewer viewer) {
    Map<String, String> units = new LinkedHashMap<>();
    campaignUnits.findByCampaignIdOrderById(campaignId).stream().filter(u -> isTeam(u, viewer))
        .forEach(u -> units.put(u.getUnit().getCode(), u.getUnit().getName()));
    return units;
  }

  private static boolean isTeam(CampaignUnit unit, Viewer viewer) {
    return unit.getAppraisalTeamMembers().contains(viewer.userId());
  }
}
