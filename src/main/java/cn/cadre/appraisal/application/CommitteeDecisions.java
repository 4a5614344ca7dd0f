package cn.cadre.appraisal.application;

import cn.cadre.appraisal.shared.InvalidInputException;

import static cn.cadre.appraisal.application.ResultActions.required;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 党委决定: the party committee approves or rejects (with a reason) a promotion, adjustment, demotion or accountability. */
@Service
public class CommitteeDecisions {

  public static final String APPROVE = "approve";
  public static final String REJECT = "reject";

  private final ResultActions actions;

  public CommitteeDecisions(ResultActions actions) {
    this.actions = actions;
  }

  @Transactional
  public void decide(long subjectId, ResultPath path, String decision, String reason, String actor) {
    if (path != ResultPath.PROMOTION && path != ResultPath.ADJUSTMENT && path != ResultPath.DEMOTION
        && path != ResultPath.ACCOUNTABILITY) {
      throw new InvalidInputException(path.label() + "不需要党委决定");
    }
    if (!APPROVE.equals(decision) && !REJECT.equals(decision)) {
      throw new InvalidInputException("党委意见必须是“同意”或“不同意”: " + decision);
    }
    ResultAction action = actions.at(subjectId, path, ActionStatus.NOMINATED, ActionStatus.PROPOSED);
    String why = REJECT.equals(decision) ? required(reason, "不同意的理由") : (reason == null ? null : reason.strip());
    action.decide(decision, why, actor);
    actions.move(action, APPROVE.equals(decision) ? ActionStatus.APPROVED : ActionStatus.REJECTED, actor);
  }

  /** What the committee is asked to decide, for its form. */
  @Transactional(readOnly = true)
  public String summary(long subjectId, ResultPath path) {
    ResultAction action = actions.of(subjectId, path);
    StringBuilder text = new StringBuilder(path.label()).append("：");
    if (action.getNewPosition() != null) {
      text.append("拟任").append(action.getNewPosition()).append("。");
    }
    if (action.getMeasure() != null) {
      text.append("问责方式：").append(action.getMeasure().label()).append("。");
    }
    return text.append(ResultNotices.text(action.getProposal())).toString();
  }
}
