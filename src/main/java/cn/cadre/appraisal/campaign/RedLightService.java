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

  private final EscalationService escalations;
  private final org.springframework.transaction.support.TransactionTemplate transactions;

  public RedLightService(OverdueTaskPort tasks, ReminderRepository reminders, Clock clock,
      EscalationService escalations, org.springframework.transaction.PlatformTransactionManager transactionManager) {
    this.escalations = escalations;
    this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
    this.tasks = tasks;
    this.reminders = reminders;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<RedLight> redLights(Long campaignId) {
    return lights(tasks.overdue(campaignId, LocalDateTime.now(clock)));
  }

  /** The red lights of one process instance of another kind of appraisal (its business key). */
  @Transactional(readOnly = true)
  public List<RedLight> redLightsOf(String businessKey) {
    return lights(tasks.overdueOf(businessKey, LocalDateTime.now(clock)));
  }

  /**
   * Opens the escalation of every newly overdue task (processes/escalation.bpmn reminds its holder at
   * once); runs on a schedule, safe to run twice or on two nodes at once: each task in its own
   * transaction, whose reminder row the database keeps once per task, so a task another run got to
   * first is left to it.
   */
  @Scheduled(initialDelayString = "${appraisal.reminders.interval-ms:60000}",
      fixedDelayString = "${appraisal.reminders.interval-ms:60000}")
  public int remindOverdue() {
    int sent = 0;
    for (OverdueTask task : tasks.overdue(null, LocalDateTime.now(clock))) {
      if (reminders.findByTaskId(task.taskId()).isPresent()) {
        continue;
      }
      try {
        Boolean opened = transactions.execute(status -> {
          if (reminders.findByTaskId(task.taskId()).isPresent()) {
            return false;
          }
          reminders.saveAndFlush(new Reminder(task, recipients(task), LocalDateTime.now(clock)));
          escalations.open(task);
          return true;
        });
        if (Boolean.TRUE.equals(opened)) {
          LOG.info("Reminder: task '{}' ({}) overdue since {}, sent to {}", task.taskName(), task.businessKey(),
              task.due(), recipients(task));
          sent++;
        }
      } catch (org.springframework.dao.DataIntegrityViolationException e) {
        LOG.info("Reminder: task '{}' was reminded by another run at the same time", task.taskName());
      }
    }
    return sent;
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

  private List<RedLight> lights(List<OverdueTask> overdue) {
    var escalated = escalations.of(overdue.stream().map(OverdueTask::taskId).toList());
    List<RedLight> lights = new ArrayList<>();
    for (OverdueTask task : overdue) {
      Escalation e = escalated.get(task.taskId());
      // a task reminded before escalations existed has its reminder only
      lights.add(new RedLight(task, e, e != null || reminders.findByTaskId(task.taskId()).isPresent()));
    }
    return lights;
  }

  /**
   * One red light as the API shows it: how far its escalation has gone (level, null before the first
   * reminder) and the holder's written explanation, once given.
   */
  public record RedLight(String taskId, String taskName, String stage, String businessKey, String assignee,
                         List<String> candidateGroups, LocalDateTime due, boolean reminded, String level,
                         String levelLabel, LocalDateTime escalateAt, String explanation, String explainedBy,
                         String reviewComment) {
    RedLight(OverdueTask t, Escalation e, boolean reminded) {
      this(t.taskId(), t.taskName(), t.stage(), t.businessKey(), t.assignee(), t.candidateGroups(), t.due(), reminded,
          e == null ? null : e.getLevel().name(), e == null ? null : e.getLevel().label(),
          e == null ? null : e.getEscalateAt(), e == null ? null : e.getExplanation(),
          e == null ? null : e.getExplainedBy(), e == null ? null : e.getReviewComment());
    }
  }
}
