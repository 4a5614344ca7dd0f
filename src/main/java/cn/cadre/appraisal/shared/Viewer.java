package cn.cadre.appraisal.shared;

import java.util.Set;

/** Who is asking: the authenticated user id and their group ids. */
public record Viewer(String userId, Set<String> groupIds) {

  /** The organisation department (and the administrator) may read every cadre's notices. */
  public boolean isOrgDept() {
    return groupIds.contains(AppraisalGroup.ORG_DEPT.id()) || groupIds.contains("camunda-admin");
  }
}
