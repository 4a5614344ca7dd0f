package cn.cadre.appraisal.application;

import cn.cadre.appraisal.shared.InvalidInputException;

import static cn.cadre.appraisal.application.ResultActions.required;

import cn.cadre.appraisal.notice.Notice;
import cn.cadre.appraisal.notice.NoticeType;
import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.OrganisationService;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 组织调整 (基本称职, where the organisation department finds it needed) and 降职 (不称职): proposal by
 * the organisation department, decision by the party committee, then the decision notice and the
 * cadre's new position.
 */
@Service
public class AdjustmentService {

  private final ResultActions actions;
  private final ResultNotices notices;
  private final OrganisationService organisation;

  public AdjustmentService(ResultActions actions, ResultNotices notices, OrganisationService organisation) {
    this.actions = actions;
    this.notices = notices;
    this.organisation = organisation;
  }

  /** Returns true when a proposal goes to the committee; only an adjustment may be "not proposed". */
  @Transactional
  public boolean propose(long subjectId, ResultPath path, boolean propose, String newPosition, String reason,
      String actor) {
    ResultAction action = actions.at(subjectId, adjustment(path), ActionStatus.OPEN);
    String why = required(reason, path == ResultPath.DEMOTION ? "降职理由及依据" : "理由");
    if (!propose && path == ResultPath.DEMOTION) {
      throw new InvalidInputException("不称职的干部应按规定程序降职，必须提出降职建议");
    }
    if (propose) {
      String position = required(newPosition, path == ResultPath.DEMOTION ? "降职后拟任职务" : "拟调整职务");
      if (position.equals(action.getSubject().getCadre().getPosition())) {
        throw new InvalidInputException("拟任职务与现任职务相同: " + position);
      }
      action.propose(why, position);
    } else {
      action.propose(why, null);
    }
    actions.move(action, propose ? ActionStatus.PROPOSED : ActionStatus.NOT_PROPOSED, actor);
    return propose;
  }

  /** After the committee's decision: an approved one gets its decision notice and changes the position. */
  @Transactional
  public Notice conclude(long subjectId, ResultPath path) {
    ResultAction action = actions.at(subjectId, adjustment(path), ActionStatus.APPROVED, ActionStatus.REJECTED);
    if (action.getStatus() == ActionStatus.REJECTED) {
      return null;
    }
    Cadre cadre = action.getSubject().getCadre();
    // the notice names the position held before the decision, so it is issued first
    Notice notice = notices.issue(action, path == ResultPath.DEMOTION ? NoticeType.DEMOTION : NoticeType.ADJUSTMENT,
        actions.year(action), Map.of(
            "grade", action.getSubject().gradeLabel(),
            "newPosition", action.getNewPosition(),
            "proposalReason", action.getProposal(),
            "decisionReason", ResultNotices.text(action.getDecisionReason())));
    if (!action.getNewPosition().equals(cadre.getPosition())) {
      organisation.changePosition(cadre, action.getNewPosition());
    }
    return notice;
  }

  private static ResultPath adjustment(ResultPath path) {
    if (path != ResultPath.ADJUSTMENT && path != ResultPath.DEMOTION) {
      throw new InvalidInputException(path.label() + "不是组织调整事项");
    }
    return path;
  }
}
