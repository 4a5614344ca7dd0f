package cn.cadre.appraisal.application;

import cn.cadre.appraisal.shared.InvalidInputException;

import static cn.cadre.appraisal.application.ResultActions.required;

import cn.cadre.appraisal.notice.Notice;
import cn.cadre.appraisal.notice.NoticeType;
import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.organisation.Unit;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 整改: the organisation department lists the problems to fix with a deadline, the cadre (or the
 * team's principal) reports completion, the department checks it. An item left unfinished stays
 * open and is shown to the appraisal team at the next round's analysis.
 */
@Service
public class RectificationService {

  static final int MAX_ITEMS = 30;

  private final ResultActions actions;
  private final RectificationItemRepository items;
  private final ResultNotices notices;
  private final Clock clock;
  private final OrganisationService organisation;

  public RectificationService(ResultActions actions, RectificationItemRepository items, ResultNotices notices,
      Clock clock, OrganisationService organisation) {
    this.organisation = organisation;
    this.actions = actions;
    this.items = items;
    this.notices = notices;
    this.clock = clock;
  }

  /** Lists the items (one per line); returns them numbered, for the forms that follow. */
  @Transactional
  public String list(long subjectId, String itemsText, String deadline, String actor) {
    ResultAction action = actions.at(subjectId, ResultPath.RECTIFICATION, ActionStatus.OPEN);
    List<String> lines = Arrays.stream(required(itemsText, "整改事项").split("\\R"))
        .map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (lines.size() > MAX_ITEMS) {
      throw new InvalidInputException("整改事项最多 " + MAX_ITEMS + " 项，现有 " + lines.size() + " 项");
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).length() > 1000) {
        throw new InvalidInputException("第 " + (i + 1) + " 项整改事项超过1000字");
      }
    }
    LocalDate due = FormDates.day(deadline, "整改期限");
    if (!due.isAfter(LocalDate.now(clock))) {
      throw new InvalidInputException("整改期限必须晚于今天: " + deadline);
    }
    for (int i = 0; i < lines.size(); i++) {
      items.save(new RectificationItem(action, i + 1, lines.get(i), due));
    }
    action.propose(String.join("\n", lines), null);
    actions.move(action, ActionStatus.LISTED, actor);
    return numbered(items.findByActionOrderBySeq(action));
  }

  @Transactional
  public Notice sendNotice(long subjectId) {
    ResultAction action = actions.at(subjectId, ResultPath.RECTIFICATION, ActionStatus.LISTED);
    List<RectificationItem> list = items.findByActionOrderBySeq(action);
    return notices.issue(action, NoticeType.RECTIFICATION, actions.year(action), Map.of(
        "items", list.stream().map(RectificationItem::getText).toList(),
        "deadline", ResultNotices.day(list.get(0).getDeadline()),
        "forTeam", action.getSubject().getCadre() == null));
  }

  /** The report: every item not named unfinished (by its number) is done. */
  @Transactional
  public void report(long subjectId, String completionReport, String unfinishedItems, String actor) {
    ResultAction action = actions.at(subjectId, ResultPath.RECTIFICATION, ActionStatus.LISTED,
        ActionStatus.RETURNED);
    List<RectificationItem> list = items.findByActionOrderBySeq(action);
    Set<Integer> unfinished = numbers(unfinishedItems, list.size());
    for (RectificationItem item : list) {
      if (unfinished.contains(item.getSeq())) {
        item.reopen();
      } else if (item.getStatus() == RectificationItem.Status.OPEN) {
        item.close(LocalDate.now(clock));
      }
    }
    action.record(required(completionReport, "整改完成情况"));
    actions.move(action, ActionStatus.REPORTED, actor);
  }

  /** Returns true when accepted; a returned report goes back to the cadre with the comment. */
  @Transactional
  public boolean check(long subjectId, String checkResult, String comment, String actor) {
    ResultAction action = actions.at(subjectId, ResultPath.RECTIFICATION, ActionStatus.REPORTED);
    switch (checkResult == null ? "" : checkResult) {
      case "accepted" -> {
        action.decide("accepted", comment == null ? null : comment.strip(), actor);
        actions.move(action, ActionStatus.DONE, actor);
        return true;
      }
      case "returned" -> {
        action.decide("returned", required(comment, "退回理由"), actor);
        actions.move(action, ActionStatus.RETURNED, actor);
        return false;
      }
      default -> throw new InvalidInputException("验收结论必须是“验收通过”或“退回重新报告”: " + checkResult);
    }
  }

  /** A cadre's items still open from earlier rounds, numbered with their deadline (for the next analysis). */
  @Transactional(readOnly = true)
  public String openItemsOf(Cadre cadre) {
    return describe(items.findOpenOfCadre(cadre));
  }

  @Transactional(readOnly = true)
  public String openItemsOfTeam(Unit unit) {
    return describe(items.findOpenOfTeam(unit));
  }

  /** For the appraisal team's analysis form: the cadre's open items from earlier rounds ("" when none). */
  @Transactional(readOnly = true)
  public String openItemsOfCadre(String cadreUserId) {
    return openItemsOf(organisation.cadreByUserId(cadreUserId));
  }

  @Transactional(readOnly = true)
  public String openItemsOfTeam(String unitCode) {
    return openItemsOfTeam(organisation.unit(unitCode));
  }

  @Transactional(readOnly = true)
  public String numbered(long subjectId) {
    return numbered(items.findByActionOrderBySeq(actions.of(subjectId, ResultPath.RECTIFICATION)));
  }

  private static String describe(List<RectificationItem> open) {
    List<String> lines = new ArrayList<>();
    for (RectificationItem item : open) {
      lines.add(item.getText() + "（整改期限 " + item.getDeadline() + "，尚未完成）");
    }
    return String.join("\n", lines);
  }

  private static String numbered(List<RectificationItem> list) {
    return list.stream().map(i -> i.getSeq() + ". " + i.getText()).collect(Collectors.joining("\n"));
  }

  private static Set<Integer> numbers(String text, int count) {
    Set<Integer> numbers = new TreeSet<>();
    if (text == null || text.isBlank()) {
      return numbers;
    }
    for (String part : text.split("[,，、\\s]+")) {
      if (part.isEmpty()) {
        continue;
      }
      try {
        int n = Integer.parseInt(part);
        if (n < 1 || n > count) {
          throw new InvalidInputException("未完成事项编号超出范围（1–" + count + "）: " + part);
        }
        numbers.add(n);
      } catch (NumberFormatException e) {
        throw new InvalidInputException("未完成事项编号应为数字，用逗号分隔: " + part);
      }
    }
    return numbers;
  }
}
