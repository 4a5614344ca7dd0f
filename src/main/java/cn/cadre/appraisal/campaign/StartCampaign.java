package cn.cadre.appraisal.campaign;

import java.math.BigDecimal;
import java.util.List;

/**
 * A request to open a round: which units, which appraisal team goes where, the round's settings and
 * the offices asked for negative lists (office codes; none given: the default set) and the working days
 * after a deadline at which a task still open is escalated (none given: appraisal.escalation.working-days).
 */
public record StartCampaign(Integer year, String kind, List<String> unitCodes, BigDecimal excellentQuota,
                            Integer publicNoticeDays, Integer stageDueDays, List<TeamAssignment> appraisalTeams,
                            String evaluation, List<String> offices, Integer escalationDays) {

  public StartCampaign(Integer year, String kind, List<String> unitCodes, BigDecimal excellentQuota,
      Integer publicNoticeDays, Integer stageDueDays, List<TeamAssignment> appraisalTeams, String evaluation,
      List<String> offices) {
    this(year, kind, unitCodes, excellentQuota, publicNoticeDays, stageDueDays, appraisalTeams, evaluation, offices, null);
  }

  public StartCampaign(Integer year, String kind, List<String> unitCodes, BigDecimal excellentQuota,
      Integer publicNoticeDays, Integer stageDueDays, List<TeamAssignment> appraisalTeams) {
    this(year, kind, unitCodes, excellentQuota, publicNoticeDays, stageDueDays, appraisalTeams, null, null, null);
  }

  public StartCampaign(Integer year, String kind, List<String> unitCodes, BigDecimal excellentQuota,
      Integer publicNoticeDays, Integer stageDueDays, List<TeamAssignment> appraisalTeams, String evaluation) {
    this(year, kind, unitCodes, excellentQuota, publicNoticeDays, stageDueDays, appraisalTeams, evaluation, null, null);
  }

  /** One appraisal team (考核组): its members (user ids) and the units it appraises. */
  public record TeamAssignment(String name, List<String> members, List<String> unitCodes) {}
}
