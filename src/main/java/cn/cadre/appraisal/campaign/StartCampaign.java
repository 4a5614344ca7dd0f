package cn.cadre.appraisal.campaign;

import java.math.BigDecimal;
import java.util.List;

/**
 * A request to open a round: which units, which appraisal team goes where, the round's settings and
 * the offices asked for negative lists (office codes; none given: the default set).
 */
public record StartCampaign(Integer year, String kind, List<String> unitCodes, BigDecimal excellentQuota,
                            Integer publicNoticeDays, Integer stageDueDays, List<TeamAssignment> appraisalTeams,
                            String evaluation, List<String> offices) {

  public StartCampaign(Integer year, String kind, List<String> unitCodes, BigDecimal excellentQuota,
      Integer publicNoticeDays, Integer stageDueDays, List<TeamAssignment> appraisalTeams) {
    this(year, kind, unitCodes, excellentQuota, publicNoticeDays, stageDueDays, appraisalTeams, null, null);
  }

  public StartCampaign(Integer year, String kind, List<String> unitCodes, BigDecimal excellentQuota,
      Integer publicNoticeDays, Integer stageDueDays, List<TeamAssignment> appraisalTeams, String evaluation) {
    this(year, kind, unitCodes, excellentQuota, publicNoticeDays, stageDueDays, appraisalTeams, evaluation, null);
  }

  /** One appraisal team (考核组): its members (user ids) and the units it appraises. */
  public record TeamAssignment(String name, List<String> members, List<String> unitCodes) {}
}
