package cn.cadre.appraisal.campaign;

import java.util.List;

/** Port to the appraisal-campaign process (implemented in the process package). */
public interface CampaignProcessPort {

  /** Starts the round's process; returns the process instance id. */
  String start(String businessKey, long campaignId, int year, List<String> unitCodes,
      List<RoundOffices.OfficeRef> offices, boolean evaluationByBallot);

  /**
   * The business keys of the round's unit processes started so far (running or ended): a round opens
   * at once and starts its units' processes in the background, a job each.
   */
  java.util.Set<String> startedUnitProcesses(String roundKey);
}
