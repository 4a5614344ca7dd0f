package cn.cadre.appraisal.cadrefile;

import java.time.LocalDateTime;
import java.util.List;

/** Port to the tasks a user has open in Tasklist: theirs and those they may claim. */
public interface OwnTasksPort {

  /** The user's open tasks, earliest deadline first. */
  List<OpenTask> of(String userId);

  record OpenTask(String id, String name, LocalDateTime due, boolean claimable) {}
}
