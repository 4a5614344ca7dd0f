package cn.cadre.appraisal.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.cadre.appraisal.ballot.BallotService;
import cn.cadre.appraisal.ballot.BallotSheet;
import cn.cadre.appraisal.evaluation.EvaluationService;
import cn.cadre.appraisal.evaluation.Votes;
import cn.cadre.appraisal.grading.CalibrationRow;
import cn.cadre.appraisal.grading.CalibrationService;
import cn.cadre.appraisal.grading.GradingService;
import cn.cadre.appraisal.organisation.CadreRole;
import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.organisation.RosterImport;
import cn.cadre.appraisal.organisation.RosterReader;
import cn.cadre.appraisal.organisation.UnitCategory;
import cn.cadre.appraisal.shared.AppraisalGroup;
import cn.cadre.appraisal.shared.NotFoundException;
import cn.cadre.appraisal.shared.Viewer;
import cn.cadre.appraisal.tally.TallyEntry;
import cn.cadre.appraisal.tally.TallySheetService;
import cn.cadre.appraisal.tally.TallySheetView;
import cn.cadre.appraisal.verification.NegativeListRow;
import cn.cadre.appraisal.verification.NegativeListService;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A round appraises the cadres its units had when it opened, in those units, with the role and post
 * they had: a roster imported while it runs — one deputy moved to another unit of the round, a new
 * cadre added — changes none of its lists (tally sheets, ballots, negative lists, calibration), and
 * the newcomer is not in the round.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RoundCadresTest {

  @Autowired cn.cadre.appraisal.campaign.CampaignProgress roundProgress;
  @Autowired OrganisationService organisation;
  @Autowired RosterImport rosterImport;
  @Autowired CampaignService campaigns;
  @Autowired TallySheetService tallies;
  @Autowired BallotService ballots;
  @Autowired NegativeListService negativeLists;
  @Autowired EvaluationService evaluation;
  @Autowired GradingService grading;
  @Autowired CalibrationService calibration;

  @Test
  void aRosterImportedMidRoundChangesNothingInTheRound() throws Exception {
    organisation.registerUnit("rc-home", "在途测试组织部", UnitCategory.DEPARTMENT, null);
    organisation.registerUnit("rc-a", "在途测试甲局", UnitCategory.DEPARTMENT, null);
    organisation.registerUnit("rc-b", "在途测试乙局", UnitCategory.DEPARTMENT, null);
    organisation.registerCadre("rc-a1", "甲局长", "局长", CadreRole.PRINCIPAL, "rc-a", "rc-a1", LocalDate.of(1970, 1, 1), "rc-pw-1");
    organisation.registerCadre("rc-a2", "甲副局长", "副局长", CadreRole.DEPUTY, "rc-a", "rc-a2", LocalDate.of(1975, 1, 1), "rc-pw-1");
    organisation.registerCadre("rc-b1", "乙局长", "局长", CadreRole.PRINCIPAL, "rc-b", "rc-b1", LocalDate.of(1972, 1, 1), "rc-pw-1");
    organisation.registerStaff("rc-tm", "考核组成员", "rc-home", List.of(AppraisalGroup.APPRAISAL_TEAM.id()), "rc-pw-1");
    List<StartCampaign.TeamAssignment> team = List.of(new StartCampaign.TeamAssignment("在途组", List.of("rc-tm"),
        List.of("rc-a", "rc-b")));
    long tallied = campaigns.start(new StartCampaign(2043, null, List.of("rc-a", "rc-b"), null, null, null, team,
        "TALLIES", null), "rc-od").getId();
    long balloted = campaigns.start(new StartCampaign(2044, null, List.of("rc-a", "rc-b"), null, null, null, team,
        "BALLOTS", null), "rc-od").getId();
    cn.cadre.appraisal.support.RoundStart.awaitStarted(roundProgress, tallied);
    cn.cadre.appraisal.support.RoundStart.awaitStarted(roundProgress, balloted);
    String token = ballots.issueTokens(balloted, "rc-a", 1).get(0);

    // while both rounds run: the deputy becomes 乙局's, a newcomer joins 甲局
    rosterImport.importRoster(RosterReader.fromJson(new ObjectMapper().readTree("""
        {"units": [{"code": "rc-a", "name": "在途测试甲局", "category": "DEPARTMENT"},
                   {"code": "rc-b", "name": "在途测试乙局", "category": "DEPARTMENT"}],
         "cadres": [{"code": "rc-a2", "name": "甲副局长", "position": "乙局常务副局长", "role": "DEPUTY",
                     "unitCode": "rc-b", "userId": "rc-a2"},
                    {"code": "rc-a3", "name": "甲新人", "position": "副局长", "role": "DEPUTY",
                     "unitCode": "rc-a", "userId": "rc-a3", "initialPassword": "rc-pw-new-1"}]}""")));
    assertThat(organisation.cadresOf(organisation.unit("rc-b"))).as("the roster did move them")
        .extracting(cn.cadre.appraisal.organisation.Cadre::getCode).containsExactly("rc-b1", "rc-a2");

    // the tally sheets: 甲局's still lists the deputy with the post of the opening, nobody new; 乙局's not them
    TallySheetView a = tallies.sheet(tallied, "rc-a");
    assertThat(a.rows()).extracting(TallySheetView.Row::code).containsExactly("rc-a1", "rc-a2", TallyEntry.TEAM);
    assertThat(a.rows().get(1).position()).isEqualTo("副局长");
    assertThat(tallies.sheet(tallied, "rc-b").rows()).extracting(TallySheetView.Row::code)
        .containsExactly("rc-b1", TallyEntry.TEAM);
    TallySheetView saved = tallies.save(tallied, "rc-a", 20, List.of(
        new TallyEntry("rc-a1", 15, 5, 0, 0, new BigDecimal("92")), new TallyEntry("rc-a2", 12, 8, 0, 0, new BigDecimal("90")),
        new TallyEntry(TallyEntry.TEAM, 14, 6, 0, 0, null)), "rc-od");
    assertThat(saved.complete()).as("every row of the round's sheet entered").isTrue();
    assertThatThrownBy(() -> tallies.save(tallied, "rc-a", 20, List.of(new TallyEntry("rc-a3", 10, 10, 0, 0,
        new BigDecimal("90"))), "rc-od")).hasMessageContaining("没有编码为 rc-a3 的干部");
    assertThatThrownBy(() -> evaluation.recordCadreTally(tallied, "rc-a3", new Votes(10, 10, 0, 0), new BigDecimal("90"),
        "rc-od")).isInstanceOf(NotFoundException.class).hasMessageContaining("干部不在该考核轮次中：甲新人");

    // the ballot opened by 甲局's token is the round's
    BallotSheet ballot = ballots.sheetFor(token);
    assertThat(ballot.cadres()).extracting(BallotSheet.Person::code).containsExactly("rc-a1", "rc-a2");
    assertThat(ballot.cadres().get(1).position()).isEqualTo("副局长");

    // the offices' lists: the deputy under 甲局, the newcomer nowhere
    List<NegativeListRow> listed = negativeLists.allRows(tallied, "DISCIPLINE", new Viewer("rc-od",
        Set.of(AppraisalGroup.ORG_DEPT.id())));
    assertThat(listed).extracting(NegativeListRow::cadreCode).containsExactly("rc-a1", "rc-a2", "rc-b1");
    assertThat(listed.get(1).unitCode()).isEqualTo("rc-a");
    assertThat(listed.get(1).position()).isEqualTo("副局长");

    // calibrated among 甲局's deputies, as the round appraises them
    grading.proposeCadre(tallied, null, "rc-a2");
    CalibrationRow row = calibration.allRows(tallied).stream().filter(r -> r.cadreCode().equals("rc-a2")).findFirst()
        .orElseThrow();
    assertThat(row.unitCode()).isEqualTo("rc-a");
    assertThat(row.group()).isEqualTo("副职 · 在途测试甲局");
    assertThat(row.position()).isEqualTo("副局长");
  }
}
