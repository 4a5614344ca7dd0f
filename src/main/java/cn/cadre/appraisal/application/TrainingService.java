package cn.cadre.appraisal.application;

import cn.cadre.appraisal.shared.InvalidInputException;

import static cn.cadre.appraisal.application.ResultActions.required;

import cn.cadre.appraisal.notice.Notice;
import cn.cadre.appraisal.notice.NoticeType;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 点名调训 (优秀, progressive class) and 专题培训 (a named weakness, 缺什么补什么): the organisation
 * department assigns a class, the cadre confirms attendance (or asks leave, and is assigned again),
 * completion is recorded.
 */
@Service
public class TrainingService {

  private final ResultActions actions;
  private final ResultNotices notices;

  public TrainingService(ResultActions actions, ResultNotices notices) {
    this.actions = actions;
    this.notices = notices;
  }

  @Transactional
  public void assign(long subjectId, ResultPath path, String className, String startsOn, String endsOn,
      String place, String actor) {
    ResultAction action = actions.at(subjectId, training(path), ActionStatus.OPEN, ActionStatus.LEAVE_REQUESTED);
    LocalDate starts = FormDates.day(startsOn, "开班日期");
    LocalDate ends = FormDates.day(endsOn, "结业日期");
    if (ends.isBefore(starts)) {
      throw new InvalidInputException("结业日期不能早于开班日期: " + startsOn + " — " + endsOn);
    }
    action.assignClass(required(className, "培训班名称"), starts, ends, required(place, "培训地点"));
    actions.move(action, ActionStatus.ASSIGNED, actor);
  }

  @Transactional
  public Notice sendNotice(long subjectId, ResultPath path) {
    ResultAction action = actions.at(subjectId, training(path), ActionStatus.ASSIGNED);
    boolean progressive = action.getPath() == ResultPath.PROGRESSIVE_TRAINING;
    return notices.issue(action, NoticeType.TRAINING, actions.year(action), Map.of(
        "trainingKind", progressive ? "PROGRESSIVE" : "TOPIC",
        "trainingKindLabel", action.getPath().label(),
        "className", action.getClassName(),
        "topic", progressive ? "" : ResultNotices.text(action.getSubject().getWeaknessTopic()),
        "startsOn", ResultNotices.day(action.getStartsOn()),
        "endsOn", ResultNotices.day(action.getEndsOn()),
        "place", action.getPlace()), action.getStartsOn() + "/" + action.getClassName().hashCode());
  }

  /** Returns true when the cadre will attend; a leave request sends the assignment back. */
  @Transactional
  public boolean confirm(long subjectId, ResultPath path, String attendance, String leaveReason, String actor) {
    ResultAction action = actions.at(subjectId, training(path), ActionStatus.ASSIGNED);
    switch (attendance == null ? "" : attendance) {
      case "confirm" -> actions.move(action, ActionStatus.CONFIRMED, actor);
      case "leave" -> {
        action.record("请假：" + required(leaveReason, "请假理由"));
        actions.move(action, ActionStatus.LEAVE_REQUESTED, actor);
      }
      default -> throw new InvalidInputException("参训确认必须是“确认参加”或“申请请假”: " + attendance);
    }
    return action.getStatus() == ActionStatus.CONFIRMED;
  }

  @Transactional
  public void recordOutcome(long subjectId, ResultPath path, String outcome, String comment, String actor) {
    ResultAction action = actions.at(subjectId, training(path), ActionStatus.CONFIRMED);
    switch (outcome == null ? "" : outcome) {
      case "completed" -> {
        action.record(comment == null ? null : comment.strip());
        actions.move(action, ActionStatus.COMPLETED, actor);
      }
      case "notCompleted" -> {
        action.record(required(comment, "未完成原因"));
        actions.move(action, ActionStatus.NOT_COMPLETED, actor);
      }
      default -> throw new InvalidInputException("培训结果必须是“已结业”或“未完成”: " + outcome);
    }
  }

  private static ResultPath training(ResultPath path) {
    if (path != ResultPath.PROGRESSIVE_TRAINING && path != ResultPath.TOPIC_TRAINING) {
      throw new InvalidInputException(path.label() + "不是培训事项");
    }
    return path;
  }
}
