package cn.cadre.appraisal.grading;

import cn.cadre.appraisal.campaign.Campaign;
import cn.cadre.appraisal.campaign.CampaignService;
import cn.cadre.appraisal.shared.Grade;
import cn.cadre.appraisal.shared.TeamGrade;
import cn.cadre.appraisal.spreadsheet.Sheets;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A round's results as the spreadsheet the committee meeting is given: each unit's team, then its
 * cadres, with the grade where it stands (the rules', the appraisal team's, the final one), the
 * evaluation's figures, the annual score and what the results lead to. Grades by their Chinese names.
 */
@Component
public class ResultsWorkbook {

  static final List<String> HEADER = List.of("序号", "对象", "单位", "姓名", "等次", "等次状态", "规则建议等次",
      "考核组建议等次", "优秀票率", "政治素质得分", "年度考核综合得分", "需重点研判", "可提拔使用", "苗头性问题", "能力短板");

  private final GradingService grading;
  private final CampaignService campaigns;

  ResultsWorkbook(GradingService grading, CampaignService campaigns) {
    this.grading = grading;
    this.campaigns = campaigns;
  }

  @Transactional(readOnly = true)
  public byte[] export(long campaignId) {
    Campaign campaign = campaigns.campaign(campaignId);
    List<GradeResult> results = grading.results(campaignId);
    return Sheets.write(campaign.getYear() + "年度考核结果", HEADER, sheet -> {
      int n = 0;
      for (GradeResult r : results) {
        boolean team = "TEAM".equals(r.subject());
        n++;
        Sheets.values(sheet.createRow(n), n, team ? "领导班子" : "干部", r.unitName(),
            team ? r.unitName() + "领导班子" : r.cadreName(),
            r.finalGradeLabel() != null ? r.finalGradeLabel() : label(team, r.proposedGrade() != null ? r.proposedGrade()
                : r.decisionGrade()),
            switch (r.status()) {
              case "FINAL" -> "已审定";
              case "PROPOSED" -> "考核组已研判";
              default -> "规则建议";
            },
            label(team, r.decisionGrade()), label(team, r.proposedGrade()),
            r.excellentShare() == null ? null : String.format("%.1f%%", r.excellentShare() * 100),
            r.politicalScore(), r.annualScore() == null ? null : r.annualScore().total(),
            r.needsReview() ? "是" : "", r.potentialForPromotion() ? "是" : "", r.earlySignProblems() ? "是" : "",
            r.weaknessTopic());
      }
    });
  }

  private static String label(boolean team, String grade) {
    if (grade == null || grade.isBlank()) {
      return null;
    }
    return team ? TeamGrade.valueOf(grade).label() : Grade.valueOf(grade).label();
  }
}
