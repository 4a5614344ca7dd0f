package cn.cadre.appraisal.evaluation;

import cn.cadre.appraisal.shared.ConflictException;
import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.campaign.CampaignUnit;
import cn.cadre.appraisal.campaign.CampaignUnitRepository;
import cn.cadre.appraisal.shared.Viewer;
import cn.cadre.appraisal.campaign.RoundCadres;
import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.shared.NotFoundException;
import cn.cadre.appraisal.organisation.OrganisationService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 审核述职报告 per unit: the appraisal team sent to a unit reads all its cadres' reports in one view
 * and accepts or returns each; a returned report goes back to its cadre alone. Only that team decides
 * (org-dept may read); each decision is kept with the text it was about, who made it and when.
 */
@Service
public class SelfReportReviewService {

  static final int MAX_COMMENT = 2000;

  static final String READERS_ONLY = "只有派往该单位的考核组成员可以查看述职报告";

  private final CampaignUnitRepository campaignUnits;
  private final UnitTeamAccess teams;
  private final OrganisationService organisation;
  private final RoundCadres roundCadres;
  private final SelfReportReviewRepository reviews;
  private final SelfReportReviewPort process;
  private final Clock clock;

  SelfReportReviewService(CampaignUnitRepository campaignUnits, UnitTeamAccess teams, OrganisationService organisation,
      SelfReportReviewRepository reviews, SelfReportReviewPort process, Clock clock, RoundCadres roundCadres) {
    this.roundCadres = roundCadres;
    this.campaignUnits = campaignUnits;
    this.teams = teams;
    this.organisation = organisation;
    this.reviews = reviews;
    this.process = process;
    this.clock = clock;
  }

  /** Every cadre of the unit with their report and where it stands. */
  @Transactional(readOnly = true)
  public List<ReportRow> reports(Long campaignId, String unitCode, Viewer viewer) {
    return rows(campaignId, teams.readable(campaignId, unitCode, viewer, READERS_ONLY));
  }

  /** The unit's name in the round, for pages. */
  @Transactional(readOnly = true)
  public String unitName(Long campaignId, String unitCode, Viewer viewer) {
    return teams.readable(campaignId, unitCode, viewer, READERS_ONLY).getUnit().getName();
  }

  /** Accepts or returns one cadre's report, which must be awaiting review; returning needs a comment. */
  @Transactional
  public ReportRow review(Long campaignId, String unitCode, String cadreCode, String decision, String comment,
      Viewer viewer) {
    // first, and locked: two members deciding on the unit's reports at once take turns
    CampaignUnit unit = campaignUnits.lockByCampaignIdAndUnitCode(campaignId, unitCode)
        .orElseThrow(() -> new NotFoundException("单位不在该考核轮次中: " + unitCode));
    teams.requireTeam(unit, viewer, "只有派往该单位的考核组成员可以审核述职报告");
    if (!SelfReportReview.ACCEPTED.equals(decision) && !SelfReportReview.RETURNED.equals(decision)) {
      throw new InvalidInputException("审核结论只能是通过（accepted）或退回修改（returned）: " + decision);
    }
    String text = comment == null ? "" : comment.strip();
    if (SelfReportReview.RETURNED.equals(decision) && text.isEmpty()) {
      throw new InvalidInputException("退回修改时必须填写审核意见");
    }
    if (text.length() > MAX_COMMENT) {
      throw new InvalidInputException("审核意见不能超过" + MAX_COMMENT + "字");
    }
    Cadre cadre = organisation.cadreByCode(cadreCode);
    if (roundCadres.of(campaignId, cadre).filter(c -> c.getUnit().getId().equals(unit.getUnit().getId())).isEmpty()) {
      throw new NotFoundException("该单位没有这名干部: " + cadreCode);
    }
    SelfReportReviewPort.Pending pending = process.pending(unit.appraisalKey(), cadre.getUserId());
    if (pending == null || !pending.awaitingReview()) {
      throw new ConflictException(cadre.getName() + "的述职报告" + (pending == null ? "已通过审核" : "尚未提交")
          + "，不在待审核状态");
    }
    SelfReportReview saved = reviews.save(new SelfReportReview(campaignId, cadre, decision, text.isEmpty() ? null : text,
        pending.reportText(), viewer.userId(), LocalDateTime.now(clock)));
    process.decide(pending, decision, text);
    // the cadre's row as the unit's list now shows it (accepted: past review; returned: back to its writer),
    // without reading the whole unit again on every decision
    List<SelfReportReview> decisions = reviews.findByCampaignIdAndCadreIdInOrderById(campaignId, List.of(cadre.getId()));
    int returns = (int) decisions.stream().filter(r -> SelfReportReview.RETURNED.equals(r.getDecision())).count();
    return new ReportRow(cadre.getCode(), cadre.getName(), cadre.getPosition(),
        SelfReportReview.ACCEPTED.equals(decision) ? ReportRow.ACCEPTED : ReportRow.RETURNED, saved.getReportText(),
        saved.getDecision(), saved.getComment(), saved.getReviewer(), saved.getReviewedAt(), returns);
  }

  /** The unit's cadres whose reports are not yet accepted (names), for the unit's review task. */
  @Transactional(readOnly = true)
  public List<String> notAccepted(Long campaignId, String unitCode) {
    return rows(campaignId, teams.unit(campaignId, unitCode)).stream()
        .filter(r -> !ReportRow.ACCEPTED.equals(r.status())).map(ReportRow::cadreName).toList();
  }

  private List<ReportRow> rows(Long campaignId, CampaignUnit unit) {
    List<Cadre> cadres = roundCadres.cadresOf(campaignId, unit.getUnit());
    Map<String, SelfReportReviewPort.Pending> open = process.open(unit.appraisalKey());
    Map<Long, List<SelfReportReview>> byCadre = new HashMap<>();
    reviews.findByCampaignIdAndCadreIdInOrderById(campaignId, cadres.stream().map(Cadre::getId).toList())
        .forEach(r -> byCadre.computeIfAbsent(r.getCadre().getId(), k -> new ArrayList<>()).add(r));
    List<ReportRow> rows = new ArrayList<>();
    for (Cadre c : cadres) {
      List<SelfReportReview> decisions = byCadre.getOrDefault(c.getId(), List.of());
      SelfReportReview last = decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
      int returns = (int) decisions.stream().filter(r -> SelfReportReview.RETURNED.equals(r.getDecision())).count();
      SelfReportReviewPort.Pending pending = open.get(c.getUserId());
      String status;
      String text;
      if (pending == null) {
        status = ReportRow.ACCEPTED; // past review in the process (rounds reviewed task by task, too)
        text = last == null ? null : last.getReportText();
      } else if (pending.awaitingReview()) {
        status = ReportRow.AWAITING_REVIEW;
        text = pending.reportText();
      } else {
        status = last != null && SelfReportReview.RETURNED.equals(last.getDecision()) ? ReportRow.RETURNED
            : ReportRow.NOT_SUBMITTED;
        text = last == null ? null : last.getReportText();
      }
      rows.add(new ReportRow(c.getCode(), c.getName(), c.getPosition(), status, text,
          last == null ? null : last.getDecision(), last == null ? null : last.getComment(),
          last == null ? null : last.getReviewer(), last == null ? null : last.getReviewedAt(), returns));
    }
    return rows;
  }
}
