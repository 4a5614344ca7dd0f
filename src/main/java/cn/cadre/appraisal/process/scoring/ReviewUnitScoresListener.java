package cn.cadre.appraisal.process.scoring;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.JsonVariables;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.scoring.ScoringRoundService;
import cn.cadre.appraisal.shared.InvalidInputException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Task_ReviewUnitScores: on create, the ranking and the flagged spreads the form shows; on complete,
 * which flagged indicators are halved next year (all, none, or the ones listed), checked against the
 * flags before the conclusion runs.
 */
@Component("reviewUnitScoresListener")
class ReviewUnitScoresListener extends FormTaskListener {

  private final ScoringRoundService rounds;

  ReviewUnitScoresListener(ScoringRoundService rounds) {
    this.rounds = rounds;
  }

  @Override
  protected void onCreate(TaskForm form) {
    show(rounds.reviewSummary(form.scoringRoundId()), form::setLocal);
  }

  /** What the form shows, written by {@code setLocal} (on create, and again when org-dept changes a value). */
  static void show(ScoringRoundService.ReviewSummary summary, java.util.function.BiConsumer<String, Object> setLocal) {
    setLocal.accept("unitRanking", summary.units());
    setLocal.accept("flaggedSpreads", summary.flaggedSpreads());
  }

  @Override
  protected void onComplete(TaskForm form) {
    List<String> flagged = rounds.reviewSummary(form.scoringRoundId()).flaggedKeys();
    String decision = form.text("halvingDecision");
    List<String> confirmed = switch (decision == null ? "" : decision) {
      case "all" -> flagged;
      case "none" -> List.of();
      case "some" -> listed(form.text("halvedIndicators"));
      default -> throw new InvalidInputException("请选择评分差异过小的指标是否下一年度分值减半");
    };
    if ("some".equals(decision) && confirmed.isEmpty()) {
      throw new InvalidInputException("请列出下一年度分值减半的指标（每行一个，如 市/D1）");
    }
    rounds.checkHalvings(form.scoringRoundId(), confirmed);
    form.set(UnitScoringProcess.VAR_CONFIRMED_HALVINGS, JsonVariables.list(confirmed));
    form.set(UnitScoringProcess.VAR_REVIEWED_BY, form.actor());
  }

  private static List<String> listed(String text) {
    return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).distinct().toList();
  }
}
