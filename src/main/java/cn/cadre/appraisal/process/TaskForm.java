package cn.cadre.appraisal.process;

import cn.cadre.appraisal.shared.InvalidInputException;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Typed access to what a completed task's form submitted, and to who submitted it. */
public final class TaskForm {

  private final DelegateTask task;

  public TaskForm(DelegateTask task) {
    this.task = task;
  }

  public Long campaignId() {
    return ProcessFacts.of(task).campaignId();
  }

  public long routineRoundId() {
    return ProcessFacts.of(task).routineRoundId();
  }

  public long stayId() {
    return ProcessFacts.of(task).stayId();
  }

  public long scoringRoundId() {
    return ProcessFacts.of(task).scoringRoundId();
  }

  public long termId() {
    return ProcessFacts.of(task).termId();
  }

  public long specialAppraisalId() {
    return ProcessFacts.of(task).specialAppraisalId();
  }

  public String cadreUserId() {
    return ProcessFacts.of(task).cadreUserId();
  }

  public long subjectId() {
    return ProcessFacts.of(task).subjectId();
  }

  /** The result-application path the task belongs to (a local variable of its sub-process). */
  public cn.cadre.appraisal.application.ResultPath path() {
    return ProcessFacts.of(task).path();
  }

  public String unitCode() {
    return ProcessFacts.of(task).unitCode();
  }

  public String text(String name) {
    Object value = task.getVariable(name);
    return value == null ? null : value.toString();
  }

  public boolean flag(String name) {
    Object value = task.getVariable(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  public int count(String name) {
    Object value = task.getVariable(name);
    if (!(value instanceof Number number) || number.doubleValue() != Math.floor(number.doubleValue())) {
      throw new InvalidInputException(name + " 必须是整数: " + value);
    }
    return number.intValue();
  }

  public BigDecimal decimal(String name) {
    Object value = task.getVariable(name);
    if (value == null) {
      return null;
    }
    try {
      return new BigDecimal(value.toString());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(name + " 必须是数字: " + value);
    }
  }

  public void set(String name, Object value) {
    task.getExecution().setVariable(name, value);
  }

  /** A value only this task shows (a select's options): the task's own variable. */
  public void setLocal(String name, Object value) {
    task.setVariableLocal(name, value);
  }

  /** The user completing the task, as the REST API or Tasklist authenticated them. */
  public String actor() {
    Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return auth == null || auth.getUserId() == null ? "system" : auth.getUserId();
  }

  /** The task's due date (its stage deadline) as the organisation's time, or null. */
  public java.time.LocalDateTime due(OrganisationTime time) {
    return time.local(task.getDueDate());
  }

  public String taskDefinitionKey() {
    return task.getTaskDefinitionKey();
  }
}
