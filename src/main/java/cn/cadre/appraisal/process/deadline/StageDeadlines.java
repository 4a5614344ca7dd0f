package cn.cadre.appraisal.process.deadline;

import cn.cadre.appraisal.process.campaign.CampaignProcess;
import cn.cadre.appraisal.campaign.DeadlineService;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Every user task of a round gets its stage deadline as due date when it is created (Tasklist
 * shows it; an overdue task is a red light). Added to every user task at parse time, so a process
 * owner's new task has a deadline without wiring anything; a due date set in the model wins.
 */
@Component
class StageDeadlines extends AbstractProcessEnginePlugin implements TaskListener {

  private final DeadlineService deadlines;

  private final cn.cadre.appraisal.process.OrganisationTime time;

  StageDeadlines(@Lazy DeadlineService deadlines, cn.cadre.appraisal.process.OrganisationTime time) {
    this.time = time;
    this.deadlines = deadlines;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuration.getCustomPreBPMNParseListeners() != null) {
      listeners.addAll(configuration.getCustomPreBPMNParseListeners());
    }
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_CREATE, StageDeadlines.this);
      }
    });
    configuration.setCustomPreBPMNParseListeners(listeners);
  }

  @Override
  public void notify(DelegateTask task) {
    Object campaignId = task.getVariable(CampaignProcess.VAR_CAMPAIGN_ID);
    if (task.getDueDate() != null || !(campaignId instanceof Number id)) {
      return;
    }
    var due = deadlines.dueFor(id.longValue());
    task.setDueDate(time.date(due));
  }
}
