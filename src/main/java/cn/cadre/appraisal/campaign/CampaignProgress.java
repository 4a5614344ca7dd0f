package cn.cadre.appraisal.campaign;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where a round stands: open tasks per stage, per unit, and how many are red lights. */
@Service
public class CampaignProgress {

  private final CampaignUnitRepository campaignUnits;
  private final CampaignService campaigns;
  private final OverdueTaskPort tasks;
  private final Clock clock;

  private final CampaignProcessPort processes;

  public CampaignProgress(CampaignUnitRepository campaignUnits, CampaignService campaigns, OverdueTaskPort tasks,
      Clock clock, CampaignProcessPort processes) {
    this.processes = processes;
    this.campaignUnits = campaignUnits;
    this.campaigns = campaigns;
    this.tasks = tasks;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Progress of(Long campaignId) {
    Campaign campaign = campaigns.campaign(campaignId);
    LocalDateTime now = LocalDateTime.now(clock);
    List<OverdueTask> open = tasks.open(campaignId);
    Map<String, Long> stages = new TreeMap<>();
    Map<String, String> stageNames = new TreeMap<>();
    open.forEach(t -> {
      stages.merge(t.stage(), 1L, Long::sum);
      stageNames.putIfAbsent(t.stage(), stageName(t.taskName()));
    });
    java.util.Set<String> started = processes.startedUnitProcesses(campaign.key());
    List<UnitProgress> units = campaignUnits.findByCampaignOrderById(campaign).stream().map(cu -> {
      String key = cu.appraisalKey();
      Map<String, Long> unitStages = new TreeMap<>();
      long overdue = 0;
      for (OverdueTask t : open) {
        if (key.equals(t.businessKey())) {
          unitStages.merge(t.stage(), 1L, Long::sum);
          overdue += t.due() != null && t.due().isBefore(now) ? 1 : 0;
        }
      }
      return new UnitProgress(cu.getUnit().getCode(), cu.getUnit().getName(), cu.getAppraisalTeamName(),
          cu.getAppraisalTeamMembers(), started.contains(key), unitStages, overdue);
    }).toList();
    long redLights = open.stream().filter(t -> t.due() != null && t.due().isBefore(now)).count();
    long unitsStarted = units.stream().filter(UnitProgress::started).count();
    return new Progress(unitsStarted < units.size(), unitsStarted, units.size(), open.size(), stages, stageNames,
        redLights, units, tasks.incidents(campaignId));
  }

  /** A task's name without whom it is for: "填写述职述廉报告：王海燕" is of the stage 填写述职述廉报告. */
  static String stageName(String taskName) {
    if (taskName == null) {
      return null;
    }
    int colon = taskName.indexOf('：');
    return colon < 0 ? taskName : taskName.substring(0, colon);
  }

  /**
   * Open tasks by stage (BPMN task id) across the round and each stage's name as its tasks show it,
   * red lights, the same per unit, and the incidents that stall the round (with the engine's message).
   */
  /**
   * @param starting whether some units' processes have not started yet (a round opens at once and
   *     starts them in the background)
   * @param unitsStarted of {@code unitCount}, the units whose process has started
   */
  public record Progress(boolean starting, long unitsStarted, int unitCount, int openTasks,
                         Map<String, Long> openByStage, Map<String, String> stageNames, long redLights,
                         List<UnitProgress> units,
                         List<RoundIncident> incidents) {}

  public record UnitProgress(String unitCode, String unitName, String appraisalTeam, List<String> appraisalTeamMembers,
                             boolean started, Map<String, Long> openByStage, long redLights) {}
}
