package cn.cadre.appraisal.campaign;

import java.util.List;

/** Port to the unit-appraisal process (implemented in the process package). */
public interface UnitAppraisalProcessPort {

  boolean isStarted(String businessKey);

  /** Starts one unit's appraisal; returns the process instance id. */
  String start(String businessKey, String unitCode, int year, List<String> cadreUserIds);
}
