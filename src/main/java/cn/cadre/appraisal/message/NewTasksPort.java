package cn.cadre.appraisal.message;

import java.time.LocalDateTime;
import java.util.List;

/** Port to the engine's tasks for the daily digest (implemented in the process package). */
public interface NewTasksPort {

  /** Open tasks created in [from, to), oldest first, with who holds them. */
  List<NewTask> createdBetween(LocalDateTime from, LocalDateTime to);

  /** One new task: its holder (assignee), else its candidate users and groups. */
  record NewTask(String taskId, String name, LocalDateTime due, String assignee, List<String> candidateUsers,
                 List<String> candidateGroups) {}
}
