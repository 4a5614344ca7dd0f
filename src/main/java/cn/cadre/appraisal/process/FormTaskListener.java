package cn.cadre.appraisal.process;

import cn.cadre.appraisal.shared.ConflictException;

import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.shared.NotFoundException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A complete-listener that hands a form's values to a domain service (and, registered on "create"
 * as well, may fill what the form shows). A value the domain refuses
 * becomes a BadUserRequestException: the REST API answers 400 with the message, Tasklist shows it,
 * and the task stays open with nothing changed (the transaction rolls back). Anything else (a JDK
 * exception is a programming error) fails the command as the engine reports it: a 500, logged.
 */
public abstract class FormTaskListener implements TaskListener {

  @Override
  public final void notify(DelegateTask task) {
    try {
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        onCreate(new TaskForm(task));
      } else {
        onComplete(new TaskForm(task));
      }
    } catch (InvalidInputException | ConflictException | NotFoundException e) {
      throw new BadUserRequestException(e.getMessage(), e);
    }
  }

  protected abstract void onComplete(TaskForm form);

  /** For a listener the model also registers on "create": what the form shows that only the domain knows. */
  protected void onCreate(TaskForm form) {}
}
