package cn.cadre.appraisal.process.routine;

import cn.cadre.appraisal.process.ProcessFacts;
import cn.cadre.appraisal.routine.FieldStayService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseFieldStay (async): the stay is done; its outputs are final and in the cadres' files. */
@Component("closeFieldStayDelegate")
class CloseFieldStayDelegate implements JavaDelegate {

  private final FieldStayService stays;

  CloseFieldStayDelegate(FieldStayService stays) {
    this.stays = stays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    stays.close(ProcessFacts.of(execution).stayId());
  }
}
