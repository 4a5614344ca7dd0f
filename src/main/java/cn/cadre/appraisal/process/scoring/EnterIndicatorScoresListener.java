package cn.cadre.appraisal.process.scoring;

import cn.cadre.appraisal.process.FormTaskListener;
import cn.cadre.appraisal.process.TaskForm;
import cn.cadre.appraisal.scoring.ScoringRoundService;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/**
 * Task_EnterIndicatorScores completed: the office's scores are submitted (refused while a value is
 * missing, when an indicator has full marks everywhere, or when late without an explanation).
 */
@Component("enterIndicatorScoresListener")
class EnterIndicatorScoresListener extends FormTaskListener {

  private final ScoringRoundService rounds;
  private final Clock clock;
  private final cn.cadre.appraisal.process.OrganisationTime time;

  EnterIndicatorScoresListener(ScoringRoundService rounds, Clock clock, cn.cadre.appraisal.process.OrganisationTime time) {
    this.rounds = rounds;
    this.clock = clock;
    this.time = time;
  }

  @Override
  protected void onComplete(TaskForm form) {
    LocalDateTime due = form.due(time);
    boolean late = due != null && LocalDateTime.now(clock).isAfter(due);
    rounds.submit(form.scoringRoundId(), form.text(UnitScoringProcess.VAR_OFFICE_CODE), form.text("lateExplanation"),
        late, form.actor());
  }
}
