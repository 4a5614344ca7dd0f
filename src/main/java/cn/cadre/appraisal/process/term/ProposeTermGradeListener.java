package cn.cadre.appraisal.process.term;

import static cn.cadre.appraisal.process.term.TermAppraisalProcess.VAR_TERM_GRADE_DECISION;

import cn.cadre.appraisal.process.ProcessFacts;
import cn.cadre.appraisal.shared.TeamGrade;
import cn.cadre.appraisal.term.TermGradeFacts;
import cn.cadre.appraisal.term.TermService;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * BusinessRuleTask_ProposeTermGrade: on start, hands term-grade.dmn the term's facts; on end, records
 * the table's proposal and gives the committee's form what it shows.
 */
@Component("proposeTermGradeListener")
class ProposeTermGradeListener implements ExecutionListener {

  private final TermService terms;

  ProposeTermGradeListener(TermService terms) {
    this.terms = terms;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void notify(DelegateExecution execution) {
    long termId = ProcessFacts.of(execution).termId();
    if (EVENTNAME_START.equals(execution.getEventName())) {
      TermGradeFacts facts = terms.gradeFacts(termId);
      execution.setVariableLocal("years", facts.years());
      execution.setVariableLocal("gradedYears", facts.gradedYears());
      execution.setVariableLocal("topYears", facts.topYears());
      execution.setVariableLocal("lowYears", facts.lowYears());
      execution.setVariableLocal("poorYears", facts.poorYears());
      execution.setVariableLocal("topShare", facts.topShare());
      execution.setVariableLocal("unmetShare", facts.unmetShare());
      return;
    }
    Map<String, Object> decision = (Map<String, Object>) execution.getVariable(VAR_TERM_GRADE_DECISION);
    String grade = (String) decision.get("termGrade");
    terms.propose(termId, grade, (String) decision.get("termGradeReason"));
    execution.setVariable("proposedTermGradeLabel", TeamGrade.valueOf(grade).label());
    execution.setVariable("termSummary", terms.gradeFacts(termId).summary());
    execution.setVariable("termGradeReason", decision.get("termGradeReason"));
    execution.setVariable("problemList", String.join("\n", terms.problemList(termId)));
  }
}
