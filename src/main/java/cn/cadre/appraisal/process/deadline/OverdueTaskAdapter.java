package cn.cadre.appraisal.process.deadline;

import cn.cadre.appraisal.process.AsApplication;
import cn.cadre.appraisal.process.campaign.CampaignProcess;
import cn.cadre.appraisal.campaign.OverdueTask;
import cn.cadre.appraisal.campaign.OverdueTaskPort;
import cn.cadre.appraisal.campaign.RoundIncident;
import cn.cadre.appraisal.campaign.LateTaskFacts;
import cn.cadre.appraisal.process.unitappraisal.UnitAppraisalProcess;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Open and overdue tasks of a round, read from the engine. Red lights are an oversight view: the query runs
 * as the application, not as the asking user, whose own task authorizations would hide most of them.
 */
@Component
class OverdueTaskAdapter implements OverdueTaskPort {

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final AsApplication application;

  private final cn.cadre.appraisal.process.OrganisationTime time;

  OverdueTaskAdapter(TaskService tasks, RuntimeService runtime, AsApplication application, cn.cadre.appraisal.process.OrganisationTime time) {
    this.time = time;
    this.tasks = tasks;
    this.runtime = runtime;
    this.application = application;
  }

  @Override
  public List<OverdueTask> overdue(Long campaignId, LocalDateTime now) {
    return find(campaignId, now);
  }

  @Override
  public List<OverdueTask> open(Long campaignId) {
    return find(campaignId, null);
  }

  @Override
  public List<OverdueTask> overdueOf(String businessKey, LocalDateTime now) {
    return find(null, now, businessKey);
  }

  private List<OverdueTask> find(Long campaignId, LocalDateTime dueBefore) {
    return find(campaignId, dueBefore, null);
  }

  /**
   * Who holds each task is asked task by task, so only for red lights: the open tasks of a whole
   * round (progress, the dashboard; 20,000 in a large round) are listed without their candidates.
   */
  private List<OverdueTask> find(Long campaignId, LocalDateTime dueBefore, String businessKey) {
    return application.call(() -> {
      TaskQuery query = tasks.createTaskQuery().active();
      if (businessKey != null) {
        query.processInstanceBusinessKey(businessKey);
      }
      if (dueBefore != null) {
        query.dueBefore(time.date(dueBefore));
      }
      if (campaignId != null) {
        query.processVariableValueEquals(CampaignProcess.VAR_CAMPAIGN_ID, campaignId);
      }
      List<Task> overdue = query.orderByDueDate().asc().list();
      Set<String> instanceIds = overdue.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
      Map<String, String> businessKeys = instanceIds.isEmpty() ? Map.of()
          : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
              .filter(p -> p.getBusinessKey() != null)
              .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
      List<OverdueTask> result = new ArrayList<>();
      for (Task task : overdue) {
        List<IdentityLink> links = dueBefore == null ? List.of() : tasks.getIdentityLinksForTask(task.getId());
        result.add(new OverdueTask(task.getId(), task.getName(), task.getTaskDefinitionKey(),
            businessKeys.get(task.getProcessInstanceId()), task.getAssignee(),
            candidates(links, true), candidates(links, false),
            time.local(task.getDueDate())));
      }
      return result;
    });
  }

  @Override
  public LateTaskFacts facts(String taskId) {
    return application.call(() -> {
      // the task's scope reads its own execution's variables up to the process's (an office's task
      // finds its office in the multi-instance body)
      Map<String, Object> v = tasks.getVariables(taskId, List.of(CampaignProcess.VAR_CAMPAIGN_ID,
          UnitAppraisalProcess.VAR_UNIT_NAME, UnitAppraisalProcess.VAR_TEAM_PRINCIPAL_USER_ID,
          CampaignProcess.VAR_OFFICE_GROUP, CampaignProcess.VAR_OFFICE_NAME, UnitAppraisalProcess.VAR_UNIT_CODE));
      return new LateTaskFacts(v.get(CampaignProcess.VAR_CAMPAIGN_ID) instanceof Number n ? n.longValue() : null,
          text(v.get(UnitAppraisalProcess.VAR_UNIT_NAME)), text(v.get(UnitAppraisalProcess.VAR_TEAM_PRINCIPAL_USER_ID)),
          text(v.get(CampaignProcess.VAR_OFFICE_GROUP)), text(v.get(CampaignProcess.VAR_OFFICE_NAME)),
          // the routine and special processes name a unit's element by the same variable
          text(v.get(UnitAppraisalProcess.VAR_UNIT_CODE)));
    });
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  @Override
  public List<RoundIncident> incidents(Long campaignId) {
    return application.call(() -> {
      // incidents are rare: read them all and keep the round's
      List<RoundIncident> result = new ArrayList<>();
      for (Incident incident : runtime.createIncidentQuery().orderByIncidentTimestamp().asc().list()) {
        String instanceId = incident.getProcessInstanceId();
        if (instanceId == null || !(runtime.getVariable(instanceId, CampaignProcess.VAR_CAMPAIGN_ID) instanceof Number id)
            || id.longValue() != campaignId) {
          continue;
        }
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
        result.add(new RoundIncident(instance == null ? null : instance.getBusinessKey(), incident.getActivityId(),
            incident.getIncidentType(), incident.getIncidentMessage(),
            time.local(incident.getIncidentTimestamp())));
      }
      return result;
    });
  }

  private static List<String> candidates(List<IdentityLink> links, boolean groups) {
    return links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .map(groups ? IdentityLink::getGroupId : IdentityLink::getUserId)
        .filter(id -> id != null).sorted().toList();
  }
}
