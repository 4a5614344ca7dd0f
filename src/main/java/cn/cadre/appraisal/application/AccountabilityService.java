package cn.cadre.appraisal.application;

import static cn.cadre.appraisal.application.ResultActions.required;

import cn.cadre.appraisal.notice.Notice;
import cn.cadre.appraisal.notice.NoticeType;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 问责: a special appraisal found a cadre accountable; the organisation department proposes the
 * measure (通报, 诫勉, 组织调整或者组织处理, or referral to the discipline organs) with its reasons, the party
 * committee decides, and an approved one is notified as the committee's decision.
 */
@Service
public class AccountabilityService {

  private final ResultActions actions;
  private final ResultNotices notices;

  public AccountabilityService(ResultActions actions, ResultNotices notices) {
    this.actions = actions;
    this.notices = notices;
  }

  @Transactional
  public void propose(long subjectId, String measure, String reason, String actor) {
    ResultAction action = actions.at(subjectId, ResultPath.ACCOUNTABILITY, ActionStatus.OPEN);
    AccountabilityMeasure which = AccountabilityMeasure.parse(measure);
    String why = required(reason, "问责事实和依据");
    if (why.length() > 5000) {
      throw new cn.cadre.appraisal.shared.InvalidInputException("问责事实和依据不能超过 5000 字");
    }
    action.proposeMeasure(which, why);
    actions.move(action, ActionStatus.PROPOSED, actor);
  }

  /** After the committee's decision: an approved measure is notified; a rejected one ends quietly. */
  @Transactional
  public Notice conclude(long subjectId) {
    ResultAction action = actions.at(subjectId, ResultPath.ACCOUNTABILITY, ActionStatus.APPROVED, ActionStatus.REJECTED);
    if (action.getStatus() == ActionStatus.REJECTED) {
      return null;
    }
    return notices.issue(action, NoticeType.ACCOUNTABILITY, action.getSubject().getYear(), Map.of(
        "measure", action.getMeasure().label(),
        "reason", action.getProposal(),
        "decisionReason", ResultNotices.text(action.getDecisionReason())));
  }
}
