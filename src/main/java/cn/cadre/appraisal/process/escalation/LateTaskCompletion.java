package cn.cadre.appraisal.process.escalation;

import cn.cadre.appraisal.process.AsApplication;
import cn.cadre.appraisal.process.OrganisationTime;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
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
 * A completed (or, with its process, deleted) task closes its escalation: its EscalationProcess,
 * waiting to escalate, gets LateTaskCompleted in the completing transaction — so a task done before
 * the escalation timer fires is never escalated, on any node. Added to every user task at parse
 * time, like the stage deadlines; only a task past its due date can have an escalation, so no other
 * completion pays for the lookup.
 */
@Component
class LateTaskCompletion extends AbstractProcessEnginePlugin implements TaskListener {

  private final RuntimeService runtime;
  private final AsApplication application;
  private final Clock clock;

  LateTaskCompletion(@Lazy RuntimeService runtime, @Lazy AsApplication application, Clock clock) {
    this.runtime = runtime;
    this.application = application;
    this.clock = clock;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuration.getCustomPostBPMNParseListeners() != null) {
      listeners.addAll(configuration.getCustomPostBPMNParseListeners());
    }
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, LateTaskCompletion.this);
        definition.addTaskListener(TaskListener.EVENTNAME_DELETE, LateTaskCompletion.this);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getDueDate() == null || !task.getDueDate().toInstant().isBefore(Instant.now(clock))) {
      return;
    }
    String businessKey = EscalationProcess.businessKey(task.getExecution().getProcessBusinessKey(), task.getId());
    application.call(() -> runtime.createMessageCorrelation(EscalationProcess.MESSAGE_LATE_TASK_COMPLETED)
        .processInstanceBusinessKey(businessKey).correlateAllWithResult());
  }
}
