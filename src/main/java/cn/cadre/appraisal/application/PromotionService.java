package cn.cadre.appraisal.application;

import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.settings.AppraisalSettings;
import static cn.cadre.appraisal.application.ResultActions.required;

import cn.cadre.appraisal.notice.Notice;
import cn.cadre.appraisal.notice.NoticeType;
import cn.cadre.appraisal.organisation.Cadre;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 提拔使用: the organisation department nominates (or not), the party committee decides; an approved
 * candidate under the configured age enters the excellent-young-cadre pool (优秀年轻干部库).
 */
@Service
public class PromotionService {

  private final ResultActions actions;
  private final YoungCadrePool pool;
  private final ResultNotices notices;
  private final Clock clock;
  private final int youngCadreMaxAge;

  public PromotionService(ResultActions actions, YoungCadrePool pool,
      ResultNotices notices, Clock clock, AppraisalSettings settings) {
    int youngCadreMaxAge = settings.youngCadreMaxAge();
    this.actions = actions;
    this.pool = pool;
    this.notices = notices;
    this.clock = clock;
    this.youngCadreMaxAge = youngCadreMaxAge;
  }

  /** Returns true when nominated. */
  @Transactional
  public boolean nominate(long subjectId, String nomination, String reason, String actor) {
    if (!"nominate".equals(nomination) && !"decline".equals(nomination)) {
      throw new InvalidInputException("推荐意见必须是“推荐”或“暂不推荐”: " + nomination);
    }
    ResultAction action = actions.at(subjectId, ResultPath.PROMOTION, ActionStatus.OPEN);
    action.propose(required(reason, "推荐理由或不推荐原因"), null);
    boolean nominated = "nominate".equals(nomination);
    actions.move(action, nominated ? ActionStatus.NOMINATED : ActionStatus.NOT_NOMINATED, actor);
    return nominated;
  }

  /** After the committee's decision: an approved candidate enters the pool if young enough, and gets the notice. */
  @Transactional
  public Notice conclude(long subjectId) {
    ResultAction action = actions.at(subjectId, ResultPath.PROMOTION, ActionStatus.APPROVED, ActionStatus.REJECTED);
    if (action.getStatus() == ActionStatus.REJECTED) {
      return null;
    }
    Cadre cadre = action.getSubject().getCadre();
    boolean young = isYoung(cadre);
    if (young && !pool.existsByCadre(cadre)) {
      pool.save(new YoungCadrePoolEntry(cadre, action.getCampaignId(), LocalDate.now(clock)));
    }
    return notices.issue(action, NoticeType.PROMOTION, actions.year(action), Map.of(
        "grade", action.getSubject().gradeLabel(),
        "inYoungCadrePool", young,
        "decisionReason", ResultNotices.text(action.getDecisionReason())));
  }

  /** Under the configured age today; a cadre without a birth date on the roster is not assumed young. */
  boolean isYoung(Cadre cadre) {
    return cadre.getBirthDate() != null
        && Period.between(cadre.getBirthDate(), LocalDate.now(clock)).getYears() < youngCadreMaxAge;
  }
}
