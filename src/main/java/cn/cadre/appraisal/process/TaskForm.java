package cn.cadre.appraisal.process;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Typed access to what a completed task's form submitted, and to who submitted it. */
final class TaskForm {

  private final DelegateTask task;

  TaskForm(DelegateTask task) {
    this.task = task;
  }

  Long campaignId() {
    return ProcessFacts.of(task).campaignId();
  }

  String cadreUserId() {
    return ProcessFacts.of(task).cadreUserId();
  }

  long gradeRecordId() {
    return ProcessFacts.of(task).gradeRecordId();
  }

  /** The result-application path the task belongs to (a local variable of its sub-process). */
  cn.cadre.appraisal.application.ResultPath path() {
    return ProcessFacts.of(task).path();
  }

  String unitCode() {
    return ProcessFacts.of(task).unitCode();
  }

  String text(String name) {
    Object value = task.getVariable(name);
    return value == null ? null : value.toString();
  }

  boolean flag(String name) {
    Object value = task.getVariable(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  int count(String name) {
    Object value = task.getVariable(name);
    if (!(value instanceof Number number) || number.doubleValue() != Math.floor(number.doubleValue())) {
      throw new IllegalArgumentException(name + " 必须是整数: " + value);
    }
    return number.intValue();
  }

  BigDecimal decimal(String name) {
    Object value = task.getVariable(name);
    if (value == null) {
      return null;
    }
    try {
      return new BigDecimal(value.toString());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " 必须是数字: " + value);
    }
  }

  void set(String name, Object value) {
    task.getExecution().setVariable(name, value);
  }

  /** The user completing the task, as the REST API or Tasklist authenticated them. */
  String actor() {
    Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return auth == null || auth.getUserId() == null ? "system" : auth.getUserId();
  }

  /** The task's due date (its stage deadline), or null. */
  java.time.LocalDateTime due() {
    return task.getDueDate() == null ? null
        : java.time.LocalDateTime.ofInstant(task.getDueDate().toInstant(), java.time.ZoneId.systemDefault());
  }

  String taskDefinitionKey() {
    return task.getTaskDefinitionKey();
  }
}
