package cn.cadre.appraisal.campaign;

import java.time.LocalDateTime;
import java.util.List;

/** Port to the engine's open tasks of a round (implemented in the process package). */
public interface OverdueTaskPort {

  /** Open tasks of the round (or of every round, when campaignId is null) due before {@code now}. */
  List<OverdueTask> overdue(Long campaignId, LocalDateTime now);

  /** Open tasks of one process instance (a routine round, a special appraisal, a term…) due before {@code now}. */
  List<OverdueTask> overdueOf(String businessKey, LocalDateTime now);

  /** Every open task of the round, overdue or not (for progress: who holds them is left out, candidates empty). */
  List<OverdueTask> open(Long campaignId);

  /** Whose task it is: the round, the unit and its principal or the office it belongs to (from its process). */
  LateTaskFacts facts(String taskId);

  /** The incidents (failed steps waiting for someone) of the round's processes. */
  List<RoundIncident> incidents(Long campaignId);
}
