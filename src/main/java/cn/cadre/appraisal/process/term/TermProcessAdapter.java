package cn.cadre.appraisal.process.term;

import static cn.cadre.appraisal.process.term.TermAppraisalProcess.*;

import cn.cadre.appraisal.process.engine.ApplicationCalls;
import cn.cadre.appraisal.term.TermAppraisal;
import cn.cadre.appraisal.term.TermProcessPort;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Starts one TermAppraisalProcess per term review, business key "2026-TERM/term-4". */
@Component
class TermProcessAdapter implements TermProcessPort {

  private final RuntimeService runtime;

  private final cn.cadre.appraisal.process.OrganisationTime time;

  TermProcessAdapter(RuntimeService runtime, cn.cadre.appraisal.process.OrganisationTime time) {
    this.time = time;
    this.runtime = runtime;
  }

  @Override
  public void startReview(TermAppraisal term, String principalUserId, List<String> experts, String targets) {
    Date due = time.lastSecondOf(term.getReviewDue());
    ApplicationCalls.run(() -> runtime.startProcessInstanceByKey(KEY, term.businessKey(),
        Variables.createVariables()
            .putValue(VAR_TERM_ID, term.getId())
            .putValue(VAR_BASIS, term.basis())
            .putValue(VAR_DUE_DATE, due)
            .putValue(VAR_PRINCIPAL_USER_ID, principalUserId)
            // candidate users as Camunda reads them: a comma-separated list
            .putValue(VAR_EXPERTS, String.join(",", experts))
            .putValue(VAR_TARGETS, targets)));
  }
}
