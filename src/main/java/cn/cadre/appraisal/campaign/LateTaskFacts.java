package cn.cadre.appraisal.campaign;

/**
 * Whose an overdue task is, as its process knows it: the round (null outside one), the unit and the
 * principal of its leadership team (a unit's task in the annual round), the unit's code only (a unit's
 * task in another kind of appraisal), or the office's group and name (an office's task).
 */
public record LateTaskFacts(Long campaignId, String unitName, String principalUserId, String officeGroup,
                            String officeName, String unitCode) {

  /** The unit or office that is late, as messages name it; null for org-dept's own tasks. */
  public String responsible() {
    return officeName != null ? officeName : unitName;
  }
}
