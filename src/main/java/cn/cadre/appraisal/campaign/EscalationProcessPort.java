package cn.cadre.appraisal.campaign;

/** Port to the escalation process (processes/escalation.bpmn), one instance per overdue task. */
public interface EscalationProcessPort {

  /** Starts the escalation of an overdue task: its reminder now, its escalation at {@code escalateAt}. */
  void start(Escalation escalation);
}
