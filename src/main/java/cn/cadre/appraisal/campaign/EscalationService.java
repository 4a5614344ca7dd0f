package cn.cadre.appraisal.campaign;

import cn.cadre.appraisal.message.MessageKind;
import cn.cadre.appraisal.message.MessageService;
import cn.cadre.appraisal.organisation.IdentityDirectory;
import cn.cadre.appraisal.organisation.Unit;
import cn.cadre.appraisal.settings.AppraisalSettings;
import cn.cadre.appraisal.shared.AppraisalGroup;
import cn.cadre.appraisal.shared.ConflictException;
import cn.cadre.appraisal.shared.InvalidInputException;
import cn.cadre.appraisal.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 逾期督办 (processes/escalation.bpmn drives it): an overdue task's holder is reminded at once; still open
 * some working days later (the round's escalationDays), it is escalated to the unit's principal or the
 * office's head and to org-dept, and its holder must explain in writing (情况说明), which org-dept
 * accepts or returns. The task done in the meantime closes the escalation before it escalates.
 */
@Service
public class EscalationService {

  private static final Logger LOG = LoggerFactory.getLogger(EscalationService.class);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
  static final String SYSTEM = "system";
  static final int MAX_TEXT = 2000;

  private final EscalationRepository escalations;
  private final EscalationAuditRepository audit;
  private final EscalationProcessPort process;
  private final OverdueTaskPort tasks;
  private final CampaignRepository campaigns;
  private final WorkingCalendar calendar;
  private final MessageService messages;
  private final IdentityDirectory directory;
  private final AppraisalSettings settings;
  private final Clock clock;
  private final cn.cadre.appraisal.organisation.OrganisationService organisation;

  EscalationService(cn.cadre.appraisal.organisation.OrganisationService organisation, EscalationRepository escalations, EscalationAuditRepository audit, EscalationProcessPort process,
      OverdueTaskPort tasks, CampaignRepository campaigns, WorkingCalendar calendar, MessageService messages,
      IdentityDirectory directory, AppraisalSettings settings, Clock clock) {
    this.organisation = organisation;
    this.escalations = escalations;
    this.audit = audit;
    this.process = process;
    this.tasks = tasks;
    this.campaigns = campaigns;
    this.calendar = calendar;
    this.messages = messages;
    this.directory = directory;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Opens the escalation of a newly overdue task and starts its process, in the caller's transaction:
   * the unique task id makes a second opening (another node, a run again) fail and roll back whole.
   */
  @Transactional
  public Escalation open(OverdueTask task) {
    LateTaskFacts facts = tasks.facts(task.taskId());
    Campaign round = facts.campaignId() == null ? null : campaigns.findById(facts.campaignId()).orElse(null);
    int days = round == null ? settings.escalation().workingDays() : round.getEscalationDays();
    // the due date is the end of its last day (the next day's first instant): escalate at the end of
    // the days-th working day after it
    LocalDateTime escalateAt = calendar.addWorkingDays(task.due().minusNanos(1).toLocalDate(), days)
        .plusDays(1).atStartOfDay();
    List<String> above = new ArrayList<>();
    String responsible = facts.responsible();
    if (facts.officeGroup() != null) {
      above.addAll(organisation.officeHeadsOf(facts.officeGroup()));
    } else if (facts.principalUserId() != null) {
      above.add(facts.principalUserId());
    } else if (facts.unitCode() != null) {
      // another kind of appraisal knows the unit by its code: its principal and name from the roster
      Optional<Unit> unit = organisation.findUnit(facts.unitCode());
      unit.flatMap(organisation::principalUserIdOf).ifPresent(above::add);
      responsible = responsible != null ? responsible : unit.map(Unit::getName).orElse(null);
    }
    Escalation escalation = escalations.saveAndFlush(
        new Escalation(task, round == null ? null : round.getYear() + "年度考核", responsible, above, escalateAt,
            LocalDateTime.now(clock)));
    process.start(escalation);
    return escalation;
  }

  /** 催办: the holder is told the deadline has passed and when the task will be escalated. */
  @Transactional
  public void remind(String taskId) {
    Escalation e = escalation(taskId);
    messages.post(holders(e), MessageKind.REMINDER, "任务已逾期：" + e.subject(),
        "任务“" + e.subject() + "”的办理期限（" + WHEN.format(e.getDueAt()) + "）已过，请尽快办理；"
            + WHEN.format(e.getEscalateAt()) + "前仍未办理的，将升级督办，并须书面说明情况。",
        "/camunda/app/tasklist/default/#/?task=" + taskId, "reminder/" + taskId);
    record(e, EscalationLevel.REMINDED, "催办：" + String.join("、", holders(e)), SYSTEM);
  }

  /** 升级督办: the holder, the unit's principal or the office's head, and org-dept are told; the holder must explain. */
  @Transactional
  public void escalate(String taskId) {
    Escalation e = escalation(taskId);
    if (e.getLevel() != EscalationLevel.REMINDED) {
      return; // escalated once only, whatever runs the timer's job again
    }
    e.moveTo(EscalationLevel.ESCALATED, LocalDateTime.now(clock));
    messages.post(holders(e), MessageKind.ESCALATION, "升级督办：" + e.subject(),
        "任务“" + e.subject() + "”已于" + WHEN.format(e.getDueAt()) + "到期，催办后仍未办理，已升级督办。"
            + "请尽快办理，并在待办中填写情况说明，说明逾期原因和办理时限。",
        "/camunda/app/tasklist/default/#/?task=" + taskId, "escalation/" + taskId);
    List<String> above = new ArrayList<>(e.escalationRecipients());
    above.addAll(directory.membersOf(AppraisalGroup.ORG_DEPT));
    above.removeAll(holders(e));
    messages.post(above, MessageKind.ESCALATION, "升级督办：" + e.subject(),
        "任务“" + e.subject() + "”已于" + WHEN.format(e.getDueAt()) + "到期，催办后仍未办理，已升级督办，"
            + "并要求书面说明情况。请督促办理。", null, "escalation/" + taskId);
    record(e, EscalationLevel.ESCALATED, "升级督办：" + String.join("、", above), SYSTEM);
    LOG.info("Escalation: task '{}' ({}) still open {} after its deadline", e.getTaskName(), e.getBusinessKey(),
        e.getEscalateAt());
  }

  /** 情况说明: the late holder's written explanation (required, at most 2000 characters). */
  @Transactional
  public void explain(String taskId, String text, String actor) {
    String explanation = text == null ? "" : text.strip();
    if (explanation.isEmpty()) {
      throw new InvalidInputException("请填写情况说明：逾期原因和办理时限");
    }
    if (explanation.length() > MAX_TEXT) {
      throw new InvalidInputException("情况说明不能超过" + MAX_TEXT + "字（现为" + explanation.length() + "字）");
    }
    Escalation e = escalation(taskId);
    if (e.getLevel() != EscalationLevel.ESCALATED && e.getLevel() != EscalationLevel.RETURNED) {
      throw new ConflictException("该逾期任务当前不需要情况说明（" + e.getLevel().label() + "）");
    }
    e.explain(explanation, actor, LocalDateTime.now(clock));
    record(e, EscalationLevel.EXPLAINED, explanation, actor);
  }

  /**
   * Org-dept's review of an explanation: {@code accept} or {@code return} (a returned one needs a
   * comment saying what is missing; its holder is told). Answers whether it was accepted.
   */
  @Transactional
  public boolean review(String taskId, String decision, String comment, String actor) {
    boolean accepted;
    if ("accept".equals(decision)) {
      accepted = true;
    } else if ("return".equals(decision)) {
      accepted = false;
    } else {
      throw new InvalidInputException("请选择审核意见：认可或退回重新说明");
    }
    String note = comment == null ? null : comment.strip();
    if (!accepted && (note == null || note.isEmpty())) {
      throw new InvalidInputException("退回重新说明时请写明理由");
    }
    if (note != null && note.length() > 1000) {
      throw new InvalidInputException("审核意见不能超过1000字（现为" + note.length() + "字）");
    }
    Escalation e = escalation(taskId);
    if (e.getLevel() != EscalationLevel.EXPLAINED) {
      throw new ConflictException("该情况说明当前不能审核（" + e.getLevel().label() + "）");
    }
    e.review(accepted, note == null || note.isEmpty() ? null : note, actor, LocalDateTime.now(clock));
    record(e, accepted ? EscalationLevel.ACCEPTED : EscalationLevel.RETURNED, note, actor);
    if (!accepted) {
      messages.post(List.of(e.getExplainedBy()), MessageKind.ESCALATION, "情况说明被退回：" + e.subject(),
          "组织部门退回了你对任务“" + e.subject() + "”逾期的情况说明，请在待办中重新说明。退回理由：" + note,
          "/camunda/app/tasklist/default/", "explanation-returned/" + taskId + "/" + e.getChangedAt());
    }
    return accepted;
  }

  /** The task was done before it was escalated: nothing more happens. */
  @Transactional
  public void close(String taskId) {
    Escalation e = escalation(taskId);
    if (e.getLevel() == EscalationLevel.REMINDED) {
      e.moveTo(EscalationLevel.CLOSED, LocalDateTime.now(clock));
      record(e, EscalationLevel.CLOSED, "催办后已办理", SYSTEM);
    }
  }

  @Transactional(readOnly = true)
  public Escalation escalation(String taskId) {
    return escalations.findByTaskId(taskId).orElseThrow(() -> new NotFoundException("没有该任务的逾期督办记录: " + taskId));
  }

  /** The escalations of these tasks, by task id (a task never overdue has none). */
  @Transactional(readOnly = true)
  public Map<String, Escalation> of(Collection<String> taskIds) {
    return taskIds.isEmpty() ? Map.of() : escalations.findByTaskIdIn(taskIds).stream()
        .collect(Collectors.toMap(Escalation::getTaskId, Function.identity()));
  }

  @Transactional(readOnly = true)
  public List<EscalationAudit> history(String taskId) {
    return audit.findByEscalationIdOrderByIdAsc(escalation(taskId).getId());
  }

  /** Who holds the task: its assignee or candidate users, else the members of its candidate groups. */
  private List<String> holders(Escalation e) {
    List<String> people = new ArrayList<>(e.holderUsers());
    e.holderGroups().forEach(group -> people.addAll(directory.membersOf(group)));
    return people.stream().distinct().toList();
  }

  private void record(Escalation e, EscalationLevel action, String detail, String actor) {
    audit.save(new EscalationAudit(e.getId(), action, detail, actor, LocalDateTime.now(clock)));
  }
}
