package cn.cadre.appraisal.grading;

import cn.cadre.appraisal.campaign.Campaign;
import cn.cadre.appraisal.campaign.CampaignService;
import cn.cadre.appraisal.campaign.CampaignStatus;
import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.CadreRole;
import cn.cadre.appraisal.organisation.NotFoundException;
import cn.cadre.appraisal.organisation.OrganisationService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 统筹校准 and 审定: the round-wide view of the proposals (like compared with like), the quota of
 * 优秀, adjustments by the organisation department, and cadres sent back by the party committee.
 */
@Service
public class CalibrationService {

  private final GradeRecordRepository records;
  private final GradingService grading;
  private final CampaignService campaigns;
  private final OrganisationService organisation;

  public CalibrationService(GradeRecordRepository records, GradingService grading, CampaignService campaigns,
      OrganisationService organisation) {
    this.records = records;
    this.grading = grading;
    this.campaigns = campaigns;
    this.organisation = organisation;
  }

  @Transactional
  public QuotaStatus open(Long campaignId) {
    campaigns.moveTo(campaignId, CampaignStatus.CALIBRATION);
    return quota(campaignId);
  }

  @Transactional(readOnly = true)
  public QuotaStatus quota(Long campaignId) {
    Campaign campaign = campaigns.campaign(campaignId);
    List<GradeRecord> cadres = cadreRecords(campaignId);
    int allowed = campaign.getExcellentQuota().multiply(BigDecimal.valueOf(cadres.size()))
        .setScale(0, RoundingMode.FLOOR).intValue();
    int excellent = (int) cadres.stream().filter(r -> Grade.EXCELLENT.name().equals(r.getProposedGrade())).count();
    return new QuotaStatus(cadres.size(), campaign.getExcellentQuota(), allowed, excellent);
  }

  /**
   * The proposals, listed as they must be compared: principals with principals of the same unit
   * category, deputies within their own team; within a group, the rules' view (decision) first.
   */
  @Transactional(readOnly = true)
  public String summary(Long campaignId) {
    Map<String, List<GradeRecord>> groups = new LinkedHashMap<>();
    for (GradeRecord r : cadreRecords(campaignId)) {
      Cadre c = r.getCadre();
      String group = c.getRole() == CadreRole.PRINCIPAL
          ? "正职 · " + c.getUnit().getCategory().name()
          : "副职 · " + c.getUnit().getName();
      groups.computeIfAbsent(group, k -> new ArrayList<>()).add(r);
    }
    StringBuilder text = new StringBuilder();
    groups.forEach((group, members) -> {
      text.append("【").append(group).append("】\n");
      members.stream().sorted(Comparator.comparing((GradeRecord r) -> rank(r.getProposedGrade())).reversed()
              .thenComparing(r -> r.getCadre().getCode()))
          .forEach(r -> text.append(r.getCadre().getCode()).append(' ').append(r.getCadre().getName())
              .append("（").append(r.getCadre().getUnit().getName()).append(r.getCadre().getPosition()).append("）")
              .append(" 建议：").append(label(r.getProposedGrade()))
              .append("｜决策表：").append(label(r.getDecisionGrade())).append('\n'));
    });
    return text.toString();
  }

  /**
   * Applies the organisation department's adjustments ("c1005=COMPETENT" per line), then refuses
   * to complete while 优秀 exceeds the quota; on refusal nothing is changed (one transaction).
   */
  @Transactional
  public QuotaStatus calibrate(Long campaignId, String adjustments, String reason, String actor) {
    Map<String, String> changes = parseAdjustments(adjustments);
    if (!changes.isEmpty() && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("调整等次必须填写理由");
    }
    changes.forEach((code, grade) -> {
      Cadre cadre = cadreInCampaign(campaignId, code);
      grading.adjust(campaignId, cadre.getUserId(), grade, "统筹校准：" + reason, actor);
    });
    QuotaStatus status = quota(campaignId);
    if (status.isExceeded()) {
      throw new IllegalArgumentException(status.describe());
    }
    campaigns.moveTo(campaignId, CampaignStatus.APPROVAL);
    return status;
  }

  /** The party committee sends named cadres back to their appraisal teams with a reason. */
  @Transactional(readOnly = true)
  public SentBack sendBack(Long campaignId, String cadreCodes, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("退回重新研判必须写明理由");
    }
    List<String> codes = splitCodes(cadreCodes);
    if (codes.isEmpty()) {
      throw new IllegalArgumentException("退回重新研判必须填写干部编码");
    }
    List<String> userIds = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, List<String>> teams = new LinkedHashMap<>();
    for (String code : codes) {
      Cadre cadre = cadreInCampaign(campaignId, code);
      userIds.add(cadre.getUserId());
      names.put(cadre.getUserId(), cadre.getName());
      teams.put(cadre.getUserId(), campaigns.participants(campaignId, cadre.getUnit().getCode()).appraisalTeamMembers());
    }
    return new SentBack(userIds, names, teams);
  }

  private Cadre cadreInCampaign(Long campaignId, String code) {
    Cadre cadre;
    try {
      cadre = organisation.cadreByCode(code);
    } catch (NotFoundException e) {
      throw new IllegalArgumentException("干部编码不存在: " + code);
    }
    if (records.findByCampaignIdAndCadre(campaignId, cadre).isEmpty()) {
      throw new IllegalArgumentException("干部不在本轮考核中: " + code);
    }
    return cadre;
  }

  private List<GradeRecord> cadreRecords(Long campaignId) {
    return records.findByCampaignIdOrderById(campaignId).stream().filter(r -> r.getCadre() != null).toList();
  }

  static Map<String, String> parseAdjustments(String text) {
    Map<String, String> changes = new LinkedHashMap<>();
    if (text == null) {
      return changes;
    }
    int line = 0;
    for (String raw : text.split("\\R")) {
      line++;
      String entry = raw.trim();
      if (entry.isEmpty()) {
        continue;
      }
      String[] parts = entry.split("[=＝]");
      if (parts.length != 2 || parts[0].isBlank()) {
        throw new IllegalArgumentException("等次调整第 " + line + " 行格式应为 干部编码=等次: " + entry);
      }
      changes.put(parts[0].trim(), Grade.parse(parts[1].trim()).name());
    }
    return changes;
  }

  private static List<String> splitCodes(String codes) {
    if (codes == null) {
      return List.of();
    }
    return java.util.Arrays.stream(codes.split("[,，、\\s]+")).map(String::trim).filter(s -> !s.isEmpty())
        .distinct().collect(Collectors.toList());
  }

  private static int rank(String grade) {
    return grade == null ? -1 : Grade.valueOf(grade).ordinal() * -1;
  }

  private static String label(String grade) {
    return grade == null ? "—" : Grade.valueOf(grade).label();
  }
}
