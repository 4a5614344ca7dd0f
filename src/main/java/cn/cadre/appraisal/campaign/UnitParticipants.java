package cn.cadre.appraisal.campaign;

import java.util.List;
import java.util.Map;

/**
 * Who takes part in one unit's appraisal: its cadres (principal first) and its appraisal team, and
 * whether its democratic evaluation is by ballot (then with the day its ballot window closes), and
 * whether the offices have all returned their negative lists already.
 */
public record UnitParticipants(String unitName, List<String> cadreUserIds, Map<String, String> cadreNames,
                               String principalUserId, List<String> appraisalTeamMembers,
                               boolean evaluationByBallot, java.time.LocalDateTime ballotWindowEndsAt,
                               boolean negativeListsReturned) {}
