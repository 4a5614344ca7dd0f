package cn.cadre.appraisal.application;

import cn.cadre.appraisal.shared.InvalidInputException;

import static cn.cadre.appraisal.application.ResultActions.required;

import cn.cadre.appraisal.notice.Notice;
import cn.cadre.appraisal.notice.NoticeType;
import cn.cadre.appraisal.shared.AppraisalGroup;
import cn.cadre.appraisal.organisation.OrganisationService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 谈话提醒, 诫勉谈话 and 约谈 (a team rated 一般/差): the organisation department schedules the talk
 * with a named leader, the notice goes out, the leader holds it and files the record, and the
 * cadre acknowledges (a summoned team's principal takes the summons notice).
 */
@Service
public class TalkService {

  private final ResultActions actions;
  private final ResultNotices notices;
  private final OrganisationService organisation;
  private final Clock clock;

  public TalkService(ResultActions actions, ResultNotices notices, OrganisationService organisation, Clock clock) {
    this.actions = actions;
    this.notices = notices;
    this.organisation = organisation;
    this.clock = clock;
  }

  /** Returns the leader's name, for the forms that follow. */
  @Transactional
  public String schedule(long subjectId, ResultPath path, String talkAt, String place, String leaderUserId,
      String actor) {
    ResultAction action = actions.at(subjectId, talk(path), ActionStatus.OPEN);
    LocalDateTime at = FormDates.minute(talkAt, "谈话时间");
    if (at.isBefore(LocalDateTime.now(clock))) {
      throw new InvalidInputException("谈话时间不能早于现在: " + talkAt);
    }
    String leaderName = leaders().get(required(leaderUserId, "谈话人"));
    if (leaderName == null) {
      throw new InvalidInputException("谈话人必须是党委或组织部门的工作人员: " + leaderUserId);
    }
    action.schedule(at, required(place, "谈话地点"), leaderUserId.strip());
    actions.move(action, ActionStatus.SCHEDULED, actor);
    return leaderName;
  }

  @Transactional
  public Notice sendNotice(long subjectId, ResultPath path) {
    ResultAction action = actions.at(subjectId, talk(path), ActionStatus.SCHEDULED);
    var subject = action.getSubject();
    Map<String, Object> model = new HashMap<>();
    model.put("talkAt", ResultNotices.minute(action.getTalkAt()));
    model.put("place", action.getPlace());
    model.put("leaderName", leaders().getOrDefault(action.getLeaderUserId(), action.getLeaderUserId()));
    model.put("reason", ResultNotices.text(subject.getProblems()));
    return switch (action.getPath()) {
      case REMINDER_TALK -> notices.issue(action, NoticeType.REMINDER_TALK, actions.year(action), model);
      case ADMONITION_TALK -> {
        model.put("grade", subject.gradeLabel());
        yield notices.issue(action, NoticeType.ADMONITION_TALK, actions.year(action), model);
      }
      default -> {
        model.put("teamGrade", subject.gradeLabel());
        model.put("barredUntil", ResultNotices.day(barredUntil()));
        model.put("problems", ResultNotices.text(subject.getProblems()));
        yield notices.issue(action, NoticeType.TEAM_SUMMONS, actions.year(action), model);
      }
    };
  }

  @Transactional
  public void hold(long subjectId, ResultPath path, String talkRecord, String actor) {
    ResultAction action = actions.at(subjectId, talk(path), ActionStatus.SCHEDULED);
    action.record(required(talkRecord, "谈话记录"));
    actions.move(action, action.getPath() == ResultPath.TEAM_SUMMONS ? ActionStatus.DONE : ActionStatus.HELD, actor);
  }

  @Transactional
  public void acknowledge(long subjectId, ResultPath path, boolean acknowledged, String statement, String actor) {
    ResultAction action = actions.at(subjectId, talk(path), ActionStatus.HELD);
    if (!acknowledged) {
      throw new InvalidInputException("请勾选“本人已收到通知并知悉谈话内容”后提交");
    }
    if (statement != null && !statement.isBlank()) {
      action.record(action.getRecordText() + "\n本人说明：" + statement.strip());
    }
    actions.move(action, ActionStatus.ACKNOWLEDGED, actor);
  }

  /** Who may hold a talk: the party committee and the organisation department (userId → name). */
  public Map<String, String> leaders() {
    return organisation.staffOf(AppraisalGroup.PARTY_COMMITTEE, AppraisalGroup.ORG_DEPT);
  }

  /** A summoned team's principal may not be promoted within one year of the result. */
  LocalDate barredUntil() {
    return LocalDate.now(clock).plusYears(1);
  }

  private static ResultPath talk(ResultPath path) {
    if (path != ResultPath.REMINDER_TALK && path != ResultPath.ADMONITION_TALK && path != ResultPath.TEAM_SUMMONS) {
      throw new InvalidInputException(path.label() + "不是谈话事项");
    }
    return path;
  }
}
