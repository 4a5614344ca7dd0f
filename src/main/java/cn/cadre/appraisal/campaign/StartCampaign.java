package cn.cadre.appraisal.campaign;

import java.math.BigDecimal;
import java.util.List;

/** A request to open a round: which units, which appraisal team goes where, and the round's settings. */
public record StartCampaign(Integer year, String kind, List<String> unitCodes, BigDecimal excellentQuota,
                            Integer publicNoticeDays, Integer stageDueDays, List<TeamAssignment> appraisalTeams,
                            String evaluation) {

  public StartCampaign(Integer year, String kind, List<String> unitCodes, BigDecimal excellentQuota,
      Integer publicNoticeDays, Integer stageDueDays, List<TeamAssignment> appraisalTeams) {
    this(year, kind, unitCodes, excellentQuota, publicNoticeDays, stageDueDays, appraisalTeams, null);
  }

  /** One appraisal team (考核组): its members (user ids) and the units it appraises. */
  public record TeamAssignment(String name, List<String> members, List<String> unitCodes) {}
}
