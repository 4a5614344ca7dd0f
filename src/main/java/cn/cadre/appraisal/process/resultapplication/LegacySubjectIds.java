package cn.cadre.appraisal.process.resultapplication;

import cn.cadre.appraisal.application.ResultApplicationService;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Result-application instances started before result subjects existed carry the annual grade
 * record's id only; the delegates now read subjectId. At start-up each running one gets the id of
 * the subject migration V14 made for its grade record, so it goes on where it stood.
 */
@Component
class LegacySubjectIds {

  private static final Logger log = LoggerFactory.getLogger(LegacySubjectIds.class);

  private final RuntimeService runtime;
  private final ResultApplicationService application;

  LegacySubjectIds(RuntimeService runtime, ResultApplicationService application) {
    this.runtime = runtime;
    this.application = application;
  }

  @EventListener(ApplicationReadyEvent.class)
  void fill() {
    Set<String> done = new HashSet<>();
    runtime.createVariableInstanceQuery().variableName(ResultApplicationProcess.VAR_SUBJECT_ID).list()
        .forEach(v -> done.add(v.getProcessInstanceId()));
    int filled = 0;
    for (VariableInstance v : runtime.createVariableInstanceQuery()
        .variableName(ResultApplicationProcess.VAR_GRADE_RECORD_ID).list()) {
      if (done.contains(v.getProcessInstanceId()) || !(v.getValue() instanceof Number id)) {
        continue;
      }
      Long subjectId = application.subjectIdOfGradeRecord(id.longValue());
      if (subjectId == null) {
        log.warn("Result application {} has grade record {} without a result subject", v.getProcessInstanceId(), id);
        continue;
      }
      try {
        runtime.setVariable(v.getProcessInstanceId(), ResultApplicationProcess.VAR_SUBJECT_ID, subjectId);
        filled++;
      } catch (OptimisticLockingException e) {
        // another node filled it at the same moment: the value is the same
      }
    }
    if (filled > 0) {
      log.info("Gave {} result-application instances started before result subjects their subjectId", filled);
    }
  }
}
