package cn.cadre.appraisal.process;

import cn.cadre.appraisal.shared.ConflictException;

import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.shared.NotFoundException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A complete-listener that hands a form's values to a domain service. A value the domain refuses
 * becomes a BadUserRequestException: the REST API answers 400 with the message, Tasklist shows it,
 * and the task stays open with nothing changed (the transaction rolls back). Anything else (a JDK
 * exception is a programming error) fails the command as the engine reports it: a 500, logged.
 */
public abstract class FormTaskListener implements TaskListener {

  @Override
  public final void notify(DelegateTask task) {
    try {
      onComplete(new TaskForm(task));
    } catch (InvalidInputException | ConflictException | NotFoundException e) {
      throw new BadUserRequestException(e.getMessage(), e);
    }
  }

  protected abstract void onComplete(TaskForm form);
}
