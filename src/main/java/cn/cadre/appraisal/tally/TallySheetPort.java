package cn.cadre.appraisal.tally;

/** Port to the unit's appraisal process: its tally sheet is in (implemented in process). */
public interface TallySheetPort {

  void submitted(Long campaignId, String unitCode);
}
