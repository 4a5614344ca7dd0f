package cn.cadre.appraisal.campaign;

import cn.cadre.appraisal.organisation.Unit;

/** A unit's ballot window in a round; unitBusinessKey names the unit's appraisal process. */
public record BallotWindow(Long campaignId, String campaignKey, int year, Unit unit, boolean closed) {

  public String unitBusinessKey() {
    return campaignKey + "/unit-" + unit.getCode();
  }
}
