package cn.cadre.appraisal.campaign;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 红灯: tasks past their stage deadline. The organisation department sees them per round; each
 * overdue task's assignee (or, unclaimed, its candidate groups) gets one reminder record.
 */
@Service
public class RedLightService {

  private static final Logger LOG = LoggerFactory.getLogger(RedLightService.class);

  private final OverdueTaskPort tasks;
  private final ReminderRepository reminders;
  private final Clock clock;

  private static final java.time.format.DateTimeFormatter DUE =
      java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  private final cn.cadre.appraisal.message.MessageService messages;
  private final cn.cadre.appraisal.organisation.IdentityDirectory directory;

  public RedLightService(OverdueTaskPort tasks, ReminderRepository reminders, Clock clock,
      cn.cadre.appraisal.message.MessageService messages, cn.cadre.appraisal.organisation.IdentityDirectory directory) {
    this.messages = messages;
    this.directory = directory;
    this.tasks = tasks;
    this.reminders = reminders;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<RedLight> redLights(Long campaignId) {
    List<RedLight> lights = new ArrayList<>();
    for (OverdueTask task : tasks.overdue(campaignId, LocalDateTime.now(clock))) {
      lights.add(new RedLight(task, reminders.findByTaskId(task.taskId()).isPresent()));
    }
    return lights;
  }

  /** The red lights of one process instance of another kind of appraisal (its business key). */
  @Transactional(readOnly = true)
  public List<RedLight> redLightsOf(String businessKey) {
    List<RedLight> lights = new ArrayList<>();
    for (OverdueTask task : tasks.overdueOf(businessKey, LocalDateTime.now(clock))) {
      lights.add(new RedLight(task, reminders.findByTaskId(task.taskId()).isPresent()));
    }
    return lights;
  }

  /** Writes the reminder of every newly overdue task; runs on a schedule, safe to run twice. */
  @Scheduled(initialDelayString = "${appraisal.reminders.interval-ms:60000}",
      fixedDelayString = "${appraisal.reminders.interval-ms:60000}")
  @Transactional
  public int remindOverdue() {
    int sent = 0;
    for (OverdueTask task : tasks.overdue(null, LocalDateTime.now(clock))) {
      if (reminders.findByTaskId(task.taskId()).isEmpty()) {
        reminders.save(new Reminder(task, recipients(task), LocalDateTime.now(clock)));
        messages.post(people(task), cn.cadre.appraisal.message.MessageKind.REMINDER, "任务已逾期：" + task.taskName(),
            "任务“" + task.taskName() + "”的办理期限" + (task.due() == null ? "" : "（" + DUE.format(task.due()) + "）")
                + "已过，请尽快办理；确有困难的，请向组织部门说明情况。",
            "/camunda/app/tasklist/default/#/?task=" + task.taskId(), "reminder/" + task.taskId());
        LOG.info("Reminder: task '{}' ({}) overdue since {}, sent to {}", task.taskName(), task.businessKey(),
            task.due(), recipients(task));
        sent++;
      }
    }
    return sent;
  }

  /** Who is told: the task's holder, else its candidates and the members of its candidate groups. */
  private List<String> people(OverdueTask task) {
    if (task.assignee() != null) {
      return List.of(task.assignee());
    }
    List<String> people = new ArrayList<>(task.candidateUsers());
    task.candidateGroups().forEach(group -> people.addAll(directory.membersOf(group)));
    return people;
  }

  static String recipients(OverdueTask task) {
    if (task.assignee() != null) {
      return "user:" + task.assignee();
    }
    List<String> parts = new ArrayList<>();
    if (!task.candidateGroups().isEmpty()) {
      parts.add("group:" + String.join(",", task.candidateGroups()));
    }
    if (!task.candidateUsers().isEmpty()) {
      parts.add("user:" + String.join(",", task.candidateUsers()));
    }
    return parts.isEmpty() ? "group:org-dept" : String.join(";", parts);
  }

  /** One red light as the API shows it. */
  public record RedLight(String taskId, String taskName, String stage, String businessKey, String assignee,
                         List<String> candidateGroups, LocalDateTime due, boolean reminded) {
    RedLight(OverdueTask t, boolean reminded) {
      this(t.taskId(), t.taskName(), t.stage(), t.businessKey(), t.assignee(), t.candidateGroups(), t.due(), reminded);
    }
  }
}
