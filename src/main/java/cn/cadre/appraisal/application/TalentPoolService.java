package cn.cadre.appraisal.application;

import static cn.cadre.appraisal.application.ResultActions.required;

import cn.cadre.appraisal.notice.Notice;
import cn.cadre.appraisal.notice.NoticeType;
import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.shared.AppraisalGroup;
import cn.cadre.appraisal.shared.ConflictException;
import cn.cadre.appraisal.shared.InvalidInputException;
import cn.cadre.appraisal.shared.NotFoundException;
import cn.cadre.appraisal.shared.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 人才库: the organisation department keeps pools of cadres for kinds of post (外事干部人才库…) as data.
 * A special appraisal's 列入人才库 conclusion opens the talent-pool path: org-dept confirms (or declines,
 * with a reason), the cadre enters the pool and is told in writing.
 */
@Service
public class TalentPoolService {

  static final int MAX_NAME = 100;

  public record PoolView(Long id, String name, String description, int members, String createdBy,
      LocalDateTime createdAt) {}

  public record MemberView(String cadreCode, String name, String unitName, String position, LocalDate enteredOn,
      String enteredBy) {}

  private final TalentPoolRepository pools;
  private final TalentPoolEntryRepository entries;
  private final ResultActions actions;
  private final ResultNotices notices;
  private final Clock clock;

  public TalentPoolService(TalentPoolRepository pools, TalentPoolEntryRepository entries, ResultActions actions,
      ResultNotices notices, Clock clock) {
    this.pools = pools;
    this.entries = entries;
    this.actions = actions;
    this.notices = notices;
    this.clock = clock;
  }

  @Transactional
  public PoolView create(String name, String description, Viewer viewer) {
    if (!viewer.isOrgDept()) {
      throw new AccessDeniedException("只有组织部可以建立人才库");
    }
    List<String> problems = new ArrayList<>();
    String n = name == null ? "" : name.strip();
    if (n.isEmpty()) {
      problems.add("请填写人才库名称");
    } else if (n.length() > MAX_NAME) {
      problems.add("人才库名称不能超过 " + MAX_NAME + " 字");
    }
    String d = description == null || description.isBlank() ? null : description.strip();
    if (d != null && d.length() > 500) {
      problems.add("说明不能超过 500 字");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (pools.findByName(n).isPresent()) {
      throw new ConflictException("人才库“" + n + "”已存在");
    }
    try {
      return view(pools.saveAndFlush(new TalentPool(n, d, viewer.userId(), LocalDateTime.now(clock))));
    } catch (DataIntegrityViolationException e) { // another request made the same pool just now
      throw new ConflictException("人才库“" + n + "”刚刚由另一请求建立", e);
    }
  }

  /** Every pool with its size: org-dept and the committee. */
  @Transactional(readOnly = true)
  public List<PoolView> pools(Viewer viewer) {
    requireReader(viewer);
    return pools.findAllByOrderByName().stream().map(this::view).toList();
  }

  @Transactional(readOnly = true)
  public List<MemberView> members(long poolId, Viewer viewer) {
    requireReader(viewer);
    TalentPool pool = pools.findById(poolId).orElseThrow(() -> new NotFoundException("人才库不存在: " + poolId));
    return entries.findByPoolOrderById(pool).stream().map(e -> new MemberView(e.getCadre().getCode(),
        e.getCadre().getName(), e.getCadre().getUnit().getName(), e.getCadre().getPosition(), e.getEnteredOn(),
        e.getEnteredBy())).toList();
  }

  /** The pools a conclusion may name, as a select's options (name → name). */
  @Transactional(readOnly = true)
  public Map<String, String> choices() {
    Map<String, String> choices = new LinkedHashMap<>();
    pools.findAllByOrderByName().forEach(p -> choices.put(p.getName(), p.getName()));
    return choices;
  }

  /** The pool a conclusion names must exist (the names are data: org-dept creates them first). */
  @Transactional(readOnly = true)
  public void requireExists(String name) {
    if (name == null || name.isBlank()) {
      throw new InvalidInputException("列入人才库的，请选择人才库");
    }
    if (pools.findByName(name.strip()).isEmpty()) {
      throw new InvalidInputException("人才库“" + name.strip() + "”不存在；现有：" + String.join("、", choices().keySet()));
    }
  }

  /** Org-dept's confirmation; returns true when the cadre is to enter the pool. */
  @Transactional
  public boolean confirm(long subjectId, String confirmation, String reason, String actor) {
    if (!"confirm".equals(confirmation) && !"decline".equals(confirmation)) {
      throw new InvalidInputException("入库意见必须是“同意入库”或“暂不入库”: " + confirmation);
    }
    ResultAction action = actions.at(subjectId, ResultPath.TALENT_POOL, ActionStatus.OPEN);
    boolean confirmed = "confirm".equals(confirmation);
    action.propose(confirmed ? (reason == null || reason.isBlank() ? null : reason.strip())
        : required(reason, "暂不入库的理由"), null);
    actions.move(action, confirmed ? ActionStatus.PROPOSED : ActionStatus.NOT_PROPOSED, actor);
    return confirmed;
  }

  /** The cadre enters the pool the subject names (once, however often the job retries) and is told. */
  @Transactional
  public Notice enter(long subjectId) {
    ResultAction action = actions.at(subjectId, ResultPath.TALENT_POOL, ActionStatus.PROPOSED, ActionStatus.DONE);
    ResultSubject subject = action.getSubject();
    TalentPool pool = pools.findByName(subject.getPoolName())
        .orElseThrow(() -> new NotFoundException("人才库不存在: " + subject.getPoolName()));
    Cadre cadre = subject.getCadre();
    if (entries.findByPoolAndCadre(pool, cadre).isEmpty()) {
      entries.save(new TalentPoolEntry(pool, cadre, subjectId, LocalDate.now(clock), action.getUpdatedBy()));
    }
    Notice notice = notices.issue(action, NoticeType.TALENT_POOL, subject.getYear(), Map.of(
        "poolName", pool.getName(), "statement", ResultNotices.text(subject.getProblems())));
    actions.move(action, ActionStatus.DONE, "system");
    return notice;
  }

  private PoolView view(TalentPool p) {
    return new PoolView(p.getId(), p.getName(), p.getDescription(), entries.findByPoolOrderById(p).size(),
        p.getCreatedBy(), p.getCreatedAt());
  }

  private static void requireReader(Viewer viewer) {
    if (!viewer.isOrgDept() && !viewer.groupIds().contains(AppraisalGroup.PARTY_COMMITTEE.id())) {
      throw new AccessDeniedException("人才库只对组织部和党委开放");
    }
  }
}
