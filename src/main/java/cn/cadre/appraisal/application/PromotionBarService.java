package cn.cadre.appraisal.application;

import cn.cadre.appraisal.shared.TeamGrade;
import cn.cadre.appraisal.organisation.Cadre;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 一年内不得提拔 (or 暂不列为拟提拔人选): recorded on the cadre; the next decision on them reads it. */
@Service
public class PromotionBarService {

  private final ResultActions actions;
  private final PromotionBarRepository bars;
  private final Clock clock;

  public PromotionBarService(ResultActions actions, PromotionBarRepository bars, Clock clock) {
    this.actions = actions;
    this.bars = bars;
    this.clock = clock;
  }

  /**
   * For an annual round: the principal of a team rated 一般/差 (teamGrade), one bar per round. For a
   * special appraisal's 暂不列为拟提拔人选: the cadre, one bar per finding (teamGrade null).
   */
  @Transactional
  public PromotionBar bar(long subjectId, String teamGrade) {
    ResultAction action = actions.at(subjectId, ResultPath.PROMOTION_BAR, ActionStatus.OPEN, ActionStatus.DONE);
    ResultSubject subject = action.getSubject();
    Cadre cadre = subject.getCadre();
    LocalDate until = LocalDate.now(clock).plusYears(1);
    PromotionBar bar = teamGrade != null
        ? bars.findByCadreAndCampaignId(cadre, action.getCampaignId()).orElseGet(() ->
            bars.save(new PromotionBar(cadre, action.getCampaignId(), subjectId, until,
                subject.getYear() + "年度所在领导班子考核等次为" + TeamGrade.valueOf(teamGrade).label()
                    + "，主要负责人一年内不得提拔")))
        : bars.findBySubjectId(subjectId).orElseGet(() ->
            bars.save(new PromotionBar(cadre, null, subjectId, until,
                subject.getBasis() + "排名靠后，暂不列为拟提拔人选")));
    actions.move(action, ActionStatus.DONE, "system");
    return bar;
  }

  @Transactional(readOnly = true)
  public boolean isBarred(Cadre cadre) {
    return bars.existsByCadreAndBarredUntilGreaterThanEqual(cadre, LocalDate.now(clock));
  }
}
