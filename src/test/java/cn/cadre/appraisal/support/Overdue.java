package cn.cadre.appraisal.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** Makes one open task overdue (due yesterday), as if its deadline had passed, and puts it back. */
public final class Overdue {

  private final TaskService tasks;
  private final Task task;
  private final Date due;

  private Overdue(TaskService tasks, Task task) {
    this.tasks = tasks;
    this.task = task;
    this.due = task.getDueDate();
  }

  /** An open task of that definition (the first by name) in the process instance with that business key. */
  public static Overdue task(TaskService tasks, String businessKey, String taskDefinitionKey) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskDefinitionKey)
        .orderByTaskName().asc().list().get(0);
    Overdue overdue = new Overdue(tasks, task);
    task.setDueDate(Date.from(Instant.now().minus(1, ChronoUnit.DAYS)));
    tasks.saveTask(task);
    return overdue;
  }

  public String name() {
    return task.getName();
  }

  /** Its due date as it was. */
  public void restore() {
    task.setDueDate(due);
    tasks.saveTask(task);
  }
}
