package cn.cadre.appraisal.grading;

import cn.cadre.appraisal.shared.Grade;
import cn.cadre.appraisal.shared.TeamGrade;

import cn.cadre.appraisal.campaign.Campaign;
import cn.cadre.appraisal.campaign.CampaignService;
import cn.cadre.appraisal.notice.NoticeService;
import cn.cadre.appraisal.notice.NoticeType;
import cn.cadre.appraisal.organisation.OrganisationService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 反馈: the written result notice (考核结果通知书) to every cadre and every team, once each. */
@Service
public class FeedbackService {

  private final GradingService grading;
  private final CampaignService campaigns;
  private final OrganisationService organisation;
  private final NoticeService notices;
  private final AnnualScoreService annualScores;

  public FeedbackService(GradingService grading, CampaignService campaigns, OrganisationService organisation,
      NoticeService notices, AnnualScoreService annualScores) {
    this.annualScores = annualScores;
    this.grading = grading;
    this.campaigns = campaigns;
    this.organisation = organisation;
    this.notices = notices;
  }

  /**
   * The notices of one unit (its cadres and its team), in a job of its own, so that no job of a
   * province-sized round outlasts its lock; a retried job finds the notices it already issued.
   */
  @Transactional
  public int send(Long campaignId, String unitCode) {
    return send(campaignId, grading.records(campaignId, unitCode));
  }

  /** Every notice of the round in one transaction: only rounds started on a model before the per-unit split. */
  @Transactional
  public int sendAll(Long campaignId) {
    int sent = send(campaignId, grading.records(campaignId));
    campaigns.close(campaignId);
    return sent;
  }

  private int send(Long campaignId, List<GradeRecord> records) {
    Campaign campaign = campaigns.campaign(campaignId);
    String reference = campaign.key() + "/campaign-" + campaignId;
    int sent = 0;
    for (GradeRecord record : records) {
      Map<String, Object> model = new HashMap<>();
      model.put("year", campaign.getYear());
      model.put("problems", nullToEmpty(record.getProblems()));
      model.put("suggestions", nullToEmpty(record.getSuggestions()));
      if (record.getCadre() != null) {
        model.put("grade", Grade.valueOf(record.getFinalGrade()).label());
        model.put("annualScore", annualScores.describe(campaignId, record.getCadre()));
        notices.issue(NoticeType.RESULT, record.getCadre(), campaignId, reference, model);
      } else {
        model.put("grade", TeamGrade.valueOf(record.getFinalGrade()).label());
        var linkage = grading.linkage(campaignId, record.getUnit().getCode());
        model.put("unitScore", linkage == null ? "" : linkage.result().describe());
        notices.issue(NoticeType.TEAM_RESULT, organisation.principalOf(record.getUnit()), campaignId, reference, model);
      }
      sent++;
    }
    return sent;
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
