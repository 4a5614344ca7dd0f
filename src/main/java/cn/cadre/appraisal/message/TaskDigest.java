package cn.cadre.appraisal.message;

import cn.cadre.appraisal.message.NewTasksPort.NewTask;
import cn.cadre.appraisal.organisation.IdentityDirectory;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 待办汇总: once a working day (appraisal.mail.digest-cron, 08:00), everyone who was given new tasks
 * since the last digest gets one message listing them — not one mail per task. One run per day: the
 * day's row is written in the run's transaction, so a second node (or a run again) tells nobody twice.
 * An application started after the day's digest time (down at 08:00, back at 09:30) sends the day's
 * digest at once rather than leaving it to the next working day (appraisal.mail.digest-catch-up).
 */
@Component
public class TaskDigest {

  private static final Logger LOG = LoggerFactory.getLogger(TaskDigest.class);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");
  /** Tasks named in one digest; the rest are counted. */
  static final int LISTED = 20;

  private final NewTasksPort tasks;
  private final MessageService messages;
  private final TaskDigestRunRepository runs;
  private final IdentityDirectory directory;
  private final Clock clock;
  private final TransactionTemplate transactions;
  /** When the digest is due; null: never (cron "-"). */
  private final CronExpression due;
  private final boolean catchUp;

  TaskDigest(NewTasksPort tasks, MessageService messages, TaskDigestRunRepository runs, IdentityDirectory directory,
      Clock clock, PlatformTransactionManager transactionManager,
      @Value("${appraisal.mail.digest-cron:0 0 8 * * MON-FRI}") String cron,
      @Value("${appraisal.mail.digest-catch-up:true}") boolean catchUp) {
    this.tasks = tasks;
    this.messages = messages;
    this.runs = runs;
    this.directory = directory;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactionManager);
    this.due = Scheduled.CRON_DISABLED.equals(cron) ? null : CronExpression.parse(cron);
    this.catchUp = catchUp;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void catchUpAtStart() {
    if (catchUp) {
      catchUpAt(LocalDateTime.now(clock));
    }
  }

  /**
   * The day's digest if it was due earlier today and not sent (the application was down at the time);
   * nothing on a day without a digest, before its time, or when it went out. Days missed before today
   * need nothing: the next digest covers every task since the last one sent.
   */
  public int catchUpAt(LocalDateTime now) {
    LocalDateTime today = due == null ? null : due.next(now.toLocalDate().atStartOfDay().minusNanos(1));
    if (today == null || !today.toLocalDate().equals(now.toLocalDate()) || today.isAfter(now)) {
      return 0;
    }
    LOG.info("Started after the task digest's time today ({}): sending the day's digest now", today.toLocalTime());
    return sendAt(now);
  }

  @Scheduled(cron = "${appraisal.mail.digest-cron:0 0 8 * * MON-FRI}", zone = "${appraisal.time-zone:Asia/Shanghai}")
  public int send() {
    return sendAt(LocalDateTime.now(clock));
  }

  /** The digest of {@code now}'s day: the tasks created since the last digest (the first: in the last day). */
  public int sendAt(LocalDateTime now) {
    try {
      Integer told = transactions.execute(status -> {
        if (runs.existsById(now.toLocalDate())) {
          return 0;
        }
        LocalDateTime from = runs.findTopByOrderByDayDesc().map(TaskDigestRun::getWindowEnd).orElse(now.minusDays(1));
        TaskDigestRun run = runs.saveAndFlush(new TaskDigestRun(now.toLocalDate(), from, now));
        Map<String, List<NewTask>> byPerson = byPerson(tasks.createdBetween(from, now));
        byPerson.forEach((person, theirs) -> messages.post(List.of(person), MessageKind.TASKS,
            "新待办汇总：" + theirs.size() + "项", body(from, theirs), "/camunda/app/tasklist/default/",
            "digest/" + now.toLocalDate()));
        run.told(byPerson.size());
        return byPerson.size();
      });
      if (told != null && told > 0) {
        LOG.info("Task digest of {}: {} person(s) told of their new tasks", now.toLocalDate(), told);
      }
      return told == null ? 0 : told;
    } catch (DataIntegrityViolationException e) {
      LOG.info("Task digest of {} was sent by another node", now.toLocalDate());
      return 0;
    }
  }

  /** Each person's new tasks: the assignee's, else every candidate's and candidate group member's. */
  private Map<String, List<NewTask>> byPerson(List<NewTask> created) {
    Map<String, List<String>> members = new HashMap<>();
    Map<String, List<NewTask>> byPerson = new LinkedHashMap<>();
    for (NewTask task : created) {
      Set<String> people = new LinkedHashSet<>();
      if (task.assignee() != null) {
        people.add(task.assignee());
      } else {
        people.addAll(task.candidateUsers());
        task.candidateGroups().forEach(g -> people.addAll(members.computeIfAbsent(g, directory::membersOf)));
      }
      people.forEach(p -> byPerson.computeIfAbsent(p, k -> new ArrayList<>()).add(task));
    }
    return byPerson;
  }

  private static String body(LocalDateTime from, List<NewTask> theirs) {
    StringBuilder text = new StringBuilder("自" + WHEN.format(from) + "以来，你有" + theirs.size() + "项新待办：\n");
    for (int i = 0; i < Math.min(LISTED, theirs.size()); i++) {
      NewTask task = theirs.get(i);
      text.append(i + 1).append(". ").append(task.name())
          .append(task.due() == null ? "" : "（办理期限：" + WHEN.format(task.due()) + "）").append('\n');
    }
    if (theirs.size() > LISTED) {
      text.append("……等").append(theirs.size()).append("项。\n");
    }
    return text.append("请登录系统，在待办中办理。").toString();
  }
}
