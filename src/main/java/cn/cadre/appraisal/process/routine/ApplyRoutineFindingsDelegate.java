package cn.cadre.appraisal.process.routine;

import cn.cadre.appraisal.application.Finding;
import cn.cadre.appraisal.application.ResultApplicationService;
import cn.cadre.appraisal.application.ResultSource;
import cn.cadre.appraisal.process.ProcessFacts;
import cn.cadre.appraisal.routine.RoutineScoreService;
import cn.cadre.appraisal.routine.RoutineScoreService.RoutineFinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ApplyRoutineFindings (async, after a unit is submitted): every cadre flagged in the unit's
 * routine scores gets result application at once, with ROUTINE as the finding's source. A retried
 * job starts nobody twice.
 */
@Component("applyRoutineFindingsDelegate")
class ApplyRoutineFindingsDelegate implements JavaDelegate {

  private final RoutineScoreService scores;
  private final ResultApplicationService application;

  ApplyRoutineFindingsDelegate(RoutineScoreService scores, ResultApplicationService application) {
    this.scores = scores;
    this.application = application;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProcessFacts facts = ProcessFacts.of(execution);
    for (RoutineFinding f : scores.findings(facts.routineRoundId(), facts.unitCode())) {
      String problems = (f.earlySigns() ? "平时考核发现苗头性倾向性问题" : "平时考核查找出能力短板")
          + (f.comment() == null || f.comment().isBlank() ? "" : "：" + f.comment().strip());
      application.open(new Finding(ResultSource.ROUTINE, f.roundId(), f.year(), f.roundTitle(), f.unit(), f.cadre(),
          f.earlySigns(), f.weakness(), problems, false, false, null, null));
    }
  }
}
