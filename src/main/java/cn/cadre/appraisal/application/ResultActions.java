package cn.cadre.appraisal.application;

import cn.cadre.appraisal.shared.ConflictException;
import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.grading.GradeRecord;
import cn.cadre.appraisal.grading.GradingService;
import cn.cadre.appraisal.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Finds the path a task works on and moves it, refusing a step the path is not ready for. */
@Component
class ResultActions {

  private final ResultActionRepository actions;
  private final GradingService grading;
  private final Clock clock;

  ResultActions(ResultActionRepository actions, GradingService grading, Clock clock) {
    this.actions = actions;
    this.grading = grading;
    this.clock = clock;
  }

  /** The path's row, created when the decision opened it (a retried job finds the one it made). */
  ResultAction open(long gradeRecordId, ResultPath path, String label) {
    return actions.findByRecordIdAndPath(gradeRecordId, path).orElseGet(() ->
        actions.save(new ResultAction(grading.record(gradeRecordId), path, label, LocalDateTime.now(clock))));
  }

  ResultAction of(long gradeRecordId, ResultPath path) {
    return actions.findByRecordIdAndPath(gradeRecordId, path)
        .orElseThrow(() -> new NotFoundException("结果运用事项不存在: " + path.label() + "（等次记录 " + gradeRecordId + "）"));
  }

  /** The row, checked to be in one of the states the step may follow. */
  ResultAction at(long gradeRecordId, ResultPath path, ActionStatus... allowed) {
    ResultAction action = of(gradeRecordId, path);
    Set<ActionStatus> states = EnumSet.of(allowed[0], allowed);
    if (!states.contains(action.getStatus())) {
      throw new ConflictException(path.label() + "当前状态为 " + action.getStatus() + "，不能进行此操作");
    }
    return action;
  }

  void move(ResultAction action, ActionStatus status, String actor) {
    action.moveTo(status, actor, LocalDateTime.now(clock));
  }

  GradeRecord record(long gradeRecordId) {
    return grading.record(gradeRecordId);
  }

  int year(ResultAction action) {
    return grading.yearOf(action.getCampaignId());
  }

  static String required(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(what + "不能为空");
    }
    return value.strip();
  }
}
