package cn.cadre.appraisal.application;

import cn.cadre.appraisal.shared.TeamGrade;
import cn.cadre.appraisal.organisation.Cadre;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 一年内不得提拔: recorded for the principal of a team rated 一般 or 差; the next round's decision reads it. */
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

  @Transactional
  public PromotionBar bar(long gradeRecordId, String teamGrade) {
    ResultAction action = actions.at(gradeRecordId, ResultPath.PROMOTION_BAR, ActionStatus.OPEN, ActionStatus.DONE);
    Cadre principal = action.getRecord().getCadre();
    PromotionBar bar = bars.findByCadreAndCampaignId(principal, action.getCampaignId()).orElseGet(() ->
        bars.save(new PromotionBar(principal, action.getCampaignId(), LocalDate.now(clock).plusYears(1),
            actions.year(action) + "年度所在领导班子考核等次为" + TeamGrade.valueOf(teamGrade).label()
                + "，主要负责人一年内不得提拔")));
    actions.move(action, ActionStatus.DONE, "system");
    return bar;
  }

  @Transactional(readOnly = true)
  public boolean isBarred(Cadre cadre) {
    return bars.existsByCadreAndBarredUntilGreaterThanEqual(cadre, LocalDate.now(clock));
  }
}
