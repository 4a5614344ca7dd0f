package cn.cadre.appraisal.process.deadline;

import cn.cadre.appraisal.cadrefile.OwnTasksPort;
import cn.cadre.appraisal.process.AsApplication;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A user's open tasks for their own page: assigned to them or offered to them (candidate, directly or
 * through a group), as Tasklist's 我的待办 and 本组待办 list them.
 */
@Component
class OwnTasksAdapter implements OwnTasksPort {

  private final TaskService tasks;
  private final AsApplication application;

  private final cn.cadre.appraisal.process.OrganisationTime time;

  OwnTasksAdapter(TaskService tasks, AsApplication application, cn.cadre.appraisal.process.OrganisationTime time) {
    this.time = time;
    this.tasks = tasks;
    this.application = application;
  }

  @Override
  public List<OpenTask> of(String userId) {
    return application.call(() -> {
      List<OpenTask> open = new ArrayList<>();
      for (Task task : tasks.createTaskQuery().active().or().taskAssignee(userId).taskCandidateUser(userId).endOr()
          .orderByDueDate().asc().orderByTaskCreateTime().asc().list()) {
        open.add(new OpenTask(task.getId(), task.getName(), time.local(task.getDueDate()), task.getAssignee() == null));
      }
      return open;
    });
  }
}
