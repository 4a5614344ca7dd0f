package cn.cadre.appraisal.process.term;

import cn.cadre.appraisal.application.Finding;
import cn.cadre.appraisal.application.ResultApplicationService;
import cn.cadre.appraisal.application.ResultSource;
import cn.cadre.appraisal.process.ProcessFacts;
import cn.cadre.appraisal.term.TermService;
import cn.cadre.appraisal.term.TermService.TermResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ConcludeTerm (async): the term is concluded, its result notice goes to the unit, and its one
 * list of problems (一单位一单) opens rectification for the team through result application (source
 * TERM), whose open items the next annual analysis shows. A retried job issues and starts nothing twice.
 */
@Component("concludeTermDelegate")
class ConcludeTermDelegate implements JavaDelegate {

  private final TermService terms;
  private final ResultApplicationService application;

  ConcludeTermDelegate(TermService terms, ResultApplicationService application) {
    this.terms = terms;
    this.application = application;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long termId = ProcessFacts.of(execution).termId();
    TermResult result = terms.conclude(termId);
    terms.sendResult(termId);
    application.open(new Finding(ResultSource.TERM, termId, result.year(), result.basis(), result.unit(), null, false,
        null, String.join("\n", result.problems()), !result.problems().isEmpty(), false, null, null));
  }
}
