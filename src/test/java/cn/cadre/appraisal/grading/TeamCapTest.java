package cn.cadre.appraisal.grading;

import cn.cadre.appraisal.shared.Grade;
import cn.cadre.appraisal.shared.TeamGrade;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cadre.appraisal.campaign.CampaignService;
import cn.cadre.appraisal.campaign.StartCampaign;
import cn.cadre.appraisal.evaluation.EvaluationService;
import cn.cadre.appraisal.evaluation.Votes;
import cn.cadre.appraisal.shared.AppraisalGroup;
import cn.cadre.appraisal.organisation.CadreRole;
import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.organisation.RosterReader;
import cn.cadre.appraisal.organisation.UnitCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The team's grade caps its members' in the rules' proposal itself: a cadre whose votes alone make
 * them 优秀, in a team rated 一般, is proposed 称职 with the reason, and the appraisal team may follow
 * that proposal without writing a reason for departing from it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TeamCapTest {

  @Autowired cn.cadre.appraisal.campaign.CampaignProgress roundProgress;
  @Autowired OrganisationService organisation;
  @Autowired CampaignService campaigns;
  @Autowired EvaluationService evaluation;
  @Autowired GradingService grading;
  @Autowired cn.cadre.appraisal.organisation.RosterImport rosterImport;

  @Test
  void aCadreOfATeamRatedAverageIsProposedAtMostCompetent() throws Exception {
    organisation.registerUnit("cap-home", "封顶测试组织部", UnitCategory.DEPARTMENT, null);
    organisation.registerUnit("cap-u", "封顶测试局", UnitCategory.DEPARTMENT, null);
    organisation.registerCadre("cap-c1", "封顶干部", "局长", CadreRole.PRINCIPAL, "cap-u", "cap-c1",
        LocalDate.of(1975, 1, 1), "cap-pw-1");
    organisation.registerStaff("cap-tm", "考核组成员", "cap-home", List.of(AppraisalGroup.APPRAISAL_TEAM.id()), "cap-pw-1");
    long campaignId = campaigns.start(new StartCampaign(2041, null, List.of("cap-u"), null, null, null,
        List.of(new StartCampaign.TeamAssignment("封顶组", List.of("cap-tm"), List.of("cap-u"))), null), "cap-od").getId();
    cn.cadre.appraisal.support.RoundStart.awaitStarted(roundProgress, campaignId);

    evaluation.recordTeamTally(campaignId, "cap-u", new Votes(0, 0, 10, 0), "cap-od");
    assertThat(grading.proposeTeam(campaignId, "cap-u").grade()).isEqualTo(TeamGrade.AVERAGE);
    grading.analyseTeam(campaignId, "cap-u", "AVERAGE", null, null, null, "cap-tm");
    evaluation.recordCadreTally(campaignId, "cap-c1", new Votes(19, 1, 0, 0), new BigDecimal("96"), "cap-od");

    GradingService.CadreDecision decision = grading.proposeCadre(campaignId, "cap-u", "cap-c1");
    assertThat(decision.grade()).isEqualTo(Grade.COMPETENT);
    assertThat(decision.reason()).contains("班子等次为“一般”，其成员最高只能评为“称职”");
    // following the capped proposal needs no reason; the record and its audit keep the capped grade
    grading.analyseCadre(campaignId, "cap-c1", new CadreAnalysis("COMPETENT", null, null, null, false, false, null), "cap-tm");
    GradeRecord record = grading.records(campaignId).stream().filter(r -> r.getCadre() != null).findFirst().orElseThrow();
    assertThat(record.getDecisionGrade()).isEqualTo("COMPETENT");
    assertThat(record.getProposedGrade()).isEqualTo("COMPETENT");
    assertThat(grading.auditTrail(campaignId, "cap-c1")).extracting(GradeAudit::getField, GradeAudit::getNewValue)
        .contains(org.assertj.core.groups.Tuple.tuple("decisionGrade", "COMPETENT"))
        .doesNotContain(org.assertj.core.groups.Tuple.tuple("decisionGrade", "EXCELLENT"));

    // a later roster moves the cadre to a unit outside this round while it is still open: the round
    // goes on appraising them in cap-u, under its team's cap (it used to look for cap-v's team, refuse)
    rosterImport.importRoster(RosterReader.fromJson(new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
        {"units": [{"code": "cap-v", "name": "封顶测试新局", "category": "DEPARTMENT"}],
         "cadres": [{"code": "cap-c1", "name": "封顶干部", "position": "新局局长", "role": "PRINCIPAL",
                     "unitCode": "cap-v", "userId": "cap-c1"}]}""")));
    grading.adjust(campaignId, "cap-c1", "BASICALLY_COMPETENT", "校准：与同类干部比较", "cap-od");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> grading.adjust(campaignId, "cap-c1", "EXCELLENT", "试图提高", "cap-od"))
        .hasMessageContaining("班子等次为“一般”，其成员最高只能评为“称职”");
    assertThat(grading.proposeCadre(campaignId, null, "cap-c1").grade()).as("a re-analysis: cap-u's cap").isEqualTo(Grade.COMPETENT);
    assertThat(grading.records(campaignId).stream().filter(r -> r.getCadre() != null).findFirst().orElseThrow()
        .getUnit().getId()).isEqualTo(organisation.unit("cap-u").getId());
  }
}
