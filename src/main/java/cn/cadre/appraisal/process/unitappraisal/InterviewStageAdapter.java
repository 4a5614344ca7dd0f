package cn.cadre.appraisal.process.unitappraisal;

import cn.cadre.appraisal.process.AsApplication;
import cn.cadre.appraisal.evaluation.InterviewStagePort;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** Task_Interviews: the unit's interview stage is open while its task is (read as the application). */
@Component
class InterviewStageAdapter implements InterviewStagePort {

  private final TaskService tasks;
  private final AsApplication application;

  InterviewStageAdapter(TaskService tasks, AsApplication application) {
    this.tasks = tasks;
    this.application = application;
  }

  @Override
  public boolean open(String unitAppraisalKey) {
    // by business key (indexed), not by the campaignId and unitCode variables: those read every unit's tasks
    return application.call(() -> tasks.createTaskQuery().processDefinitionKey(UnitAppraisalProcess.KEY)
        .processInstanceBusinessKey(unitAppraisalKey).taskDefinitionKey(UnitAppraisalProcess.TASK_INTERVIEWS).count() > 0);
  }
}
