package cn.cadre.appraisal.application;

import cn.cadre.appraisal.shared.ConflictException;
import cn.cadre.appraisal.shared.InvalidInputException;
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
  private final ResultSubjectRepository subjects;
  private final Clock clock;

  ResultActions(ResultActionRepository actions, ResultSubjectRepository subjects, Clock clock) {
    this.actions = actions;
    this.subjects = subjects;
    this.clock = clock;
  }

  /** The path's row, created when the decision opened it (a retried job finds the one it made). */
  ResultAction open(long subjectId, ResultPath path, String label) {
    return actions.findBySubjectIdAndPath(subjectId, path).orElseGet(() ->
        actions.save(new ResultAction(subject(subjectId), path, label, LocalDateTime.now(clock))));
  }

  ResultAction of(long subjectId, ResultPath path) {
    return actions.findBySubjectIdAndPath(subjectId, path)
        .orElseThrow(() -> new NotFoundException("结果运用事项不存在: " + path.label() + "（结果运用对象 " + subjectId + "）"));
  }

  /** The row, checked to be in one of the states the step may follow. */
  ResultAction at(long subjectId, ResultPath path, ActionStatus... allowed) {
    ResultAction action = of(subjectId, path);
    Set<ActionStatus> states = EnumSet.of(allowed[0], allowed);
    if (!states.contains(action.getStatus())) {
      throw new ConflictException(path.label() + "当前状态为 " + action.getStatus() + "，不能进行此操作");
    }
    return action;
  }

  void move(ResultAction action, ActionStatus status, String actor) {
    action.moveTo(status, actor, LocalDateTime.now(clock));
  }

  ResultSubject subject(long subjectId) {
    return subjects.findById(subjectId)
        .orElseThrow(() -> new NotFoundException("结果运用对象不存在: " + subjectId));
  }

  static int year(ResultAction action) {
    return action.getSubject().getYear();
  }

  static String required(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(what + "不能为空");
    }
    return value.strip();
  }
}
