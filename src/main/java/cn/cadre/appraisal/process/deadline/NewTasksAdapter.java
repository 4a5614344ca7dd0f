package cn.cadre.appraisal.process.deadline;

import cn.cadre.appraisal.message.NewTasksPort;
import cn.cadre.appraisal.process.AsApplication;
import cn.cadre.appraisal.process.OrganisationTime;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The tasks created in a window, for the daily digest, read as the application (the digest tells
 * each person their own). Who may take an unassigned task is asked task by task: once a day.
 */
@Component
class NewTasksAdapter implements NewTasksPort {

  private final TaskService tasks;
  private final AsApplication application;
  private final OrganisationTime time;

  NewTasksAdapter(TaskService tasks, AsApplication application, OrganisationTime time) {
    this.tasks = tasks;
    this.application = application;
    this.time = time;
  }

  @Override
  public List<NewTask> createdBetween(LocalDateTime from, LocalDateTime to) {
    return application.call(() -> {
      List<NewTask> result = new ArrayList<>();
      for (Task task : tasks.createTaskQuery().active().taskCreatedAfter(time.date(from)).taskCreatedBefore(time.date(to))
          .orderByTaskCreateTime().asc().list()) {
        List<IdentityLink> links = task.getAssignee() != null ? List.of() : tasks.getIdentityLinksForTask(task.getId());
        result.add(new NewTask(task.getId(), task.getName(), time.local(task.getDueDate()), task.getAssignee(),
            candidates(links, false), candidates(links, true)));
      }
      return result;
    });
  }

  private static List<String> candidates(List<IdentityLink> links, boolean groups) {
    return links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .map(groups ? IdentityLink::getGroupId : IdentityLink::getUserId).filter(id -> id != null).sorted().toList();
  }
}
