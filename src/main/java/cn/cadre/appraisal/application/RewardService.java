package cn.cadre.appraisal.application;

import cn.cadre.appraisal.notice.Notice;
import cn.cadre.appraisal.notice.NoticeType;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 嘉奖 for 优秀, and 记三等功 for 优秀 three years in a row: a decision notice each. */
@Service
public class RewardService {

  private final ResultActions actions;
  private final ResultNotices notices;
  private final ResultApplicationService application;

  public RewardService(ResultActions actions, ResultNotices notices, ResultApplicationService application) {
    this.actions = actions;
    this.notices = notices;
    this.application = application;
  }

  @Transactional
  public Notice commend(long subjectId) {
    ResultAction action = actions.at(subjectId, ResultPath.COMMENDATION, ActionStatus.OPEN, ActionStatus.DONE);
    ResultSubject subject = action.getSubject();
    // a team commended by a special appraisal hears it through its principal
    Notice notice = notices.issue(action, NoticeType.COMMENDATION, actions.year(action),
        Map.of("grade", subject.gradeLabel(), "forTeam", subject.isTeam(), "teamName", subject.name()));
    actions.move(action, ActionStatus.DONE, "system");
    return notice;
  }

  @Transactional
  public Notice awardMerit(long subjectId) {
    ResultAction action = actions.at(subjectId, ResultPath.MERIT, ActionStatus.OPEN, ActionStatus.DONE);
    int year = actions.year(action);
    int consecutive = application.consecutiveExcellentYears(action.getSubject().getCadre(), year);
    List<Integer> years = IntStream.rangeClosed(year - consecutive + 1, year).boxed().toList();
    Notice notice = notices.issue(action, NoticeType.MERIT, year, Map.of("consecutiveYears", consecutive, "years", years));
    actions.move(action, ActionStatus.DONE, "system");
    return notice;
  }
}
