package cn.cadre.appraisal.grading;

import cn.cadre.appraisal.campaign.CampaignService;
import cn.cadre.appraisal.campaign.CampaignStatus;
import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 党委审定 (Task_Approval): the party committee approves the calibrated grades, or ticks cadres in the
 * table and sends them back to their appraisal teams with a reason.
 */
@Service
public class ApprovalService {

  private final CalibrationService calibration;
  private final CampaignService campaigns;

  public ApprovalService(CalibrationService calibration, CampaignService campaigns) {
    this.calibration = calibration;
    this.campaigns = campaigns;
  }

  /** 党委审定 approved: recorded with the member who approved, in whose name the grades become final. */
  @Transactional
  public void approve(Long campaignId, String approver) {
    calibration.requireStage(campaignId, CampaignStatus.APPROVAL, "党委审定");
    if (calibration.cadreRecords(campaignId).stream().anyMatch(GradeRecord::isSendBack)) {
      throw new InvalidInputException("审定表中仍勾选了要退回的干部：同意前请取消勾选，或选择“退回重新研判”");
    }
    campaigns.recordApproval(campaignId, approver);
  }

  /** The committee ticks (or unticks) cadres to send back for re-analysis, in the table. */
  @Transactional
  public long tick(Long campaignId, List<String> cadreCodes, boolean sendBack) {
    calibration.requireStage(campaignId, CampaignStatus.APPROVAL, "党委审定");
    if (cadreCodes == null || cadreCodes.isEmpty()) {
      throw new InvalidInputException("请选择干部");
    }
    for (String code : cadreCodes) {
      calibration.recordOf(campaignId, calibration.cadreInCampaign(campaignId, code)).markSendBack(sendBack);
    }
    return calibration.cadreRecords(campaignId).stream().filter(GradeRecord::isSendBack).count();
  }

  /**
   * The party committee sends the ticked cadres back to their appraisal teams with a reason; the
   * ticks are cleared for the next approval.
   */
  @Transactional
  public SentBack sendBack(Long campaignId, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("退回重新研判必须写明理由");
    }
    List<GradeRecord> ticked = calibration.cadreRecords(campaignId).stream().filter(GradeRecord::isSendBack).toList();
    if (ticked.isEmpty()) {
      throw new InvalidInputException("退回重新研判须先在审定表中勾选要退回的干部");
    }
    List<String> userIds = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, String> units = new LinkedHashMap<>();
    Map<String, List<String>> teams = new LinkedHashMap<>();
    for (GradeRecord record : ticked) {
      Cadre cadre = record.getCadre();
      userIds.add(cadre.getUserId());
      names.put(cadre.getUserId(), cadre.getName());
      units.put(cadre.getUserId(), record.getUnit().getName());
      // the team sent to the unit the round appraises the cadre in (not where a later roster put them)
      teams.put(cadre.getUserId(), campaigns.participants(campaignId, record.getUnit().getCode()).appraisalTeamMembers());
      record.markSendBack(false);
    }
    return new SentBack(userIds, names, units, teams);
  }
}
