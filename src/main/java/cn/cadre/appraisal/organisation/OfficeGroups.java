package cn.cadre.appraisal.organisation;

import java.util.Set;

/**
 * Port to the offices asked for negative lists: their user groups, which the roster may give staff
 * besides the appraisal groups (implemented by the verification feature).
 */
public interface OfficeGroups {

  Set<String> groupIds();
}
