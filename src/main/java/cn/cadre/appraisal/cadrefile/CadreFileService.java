package cn.cadre.appraisal.cadrefile;

import cn.cadre.appraisal.application.PriorGradeService;
import cn.cadre.appraisal.application.ResultAction;
import cn.cadre.appraisal.application.ResultApplicationService;
import cn.cadre.appraisal.campaign.CampaignService;
import cn.cadre.appraisal.grading.GradeHistory;
import cn.cadre.appraisal.grading.GradingService;
import cn.cadre.appraisal.notice.Notice;
import cn.cadre.appraisal.notice.NoticeService;
import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.routine.FieldStayService;
import cn.cadre.appraisal.routine.FieldStayService.StayEntry;
import cn.cadre.appraisal.routine.RoutineScoreService;
import cn.cadre.appraisal.special.SpecialAppraisalService;
import cn.cadre.appraisal.special.SpecialAppraisalService.SpecialEntry;
import cn.cadre.appraisal.term.TermService;
import cn.cadre.appraisal.term.TermService.TermEntry;
import cn.cadre.appraisal.routine.RoutineScoreService.CadreRoutineScore;
import cn.cadre.appraisal.shared.AppraisalGroup;
import cn.cadre.appraisal.shared.Grade;
import cn.cadre.appraisal.shared.Viewer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 考核档案: what a cadre's appraisals found, year by year, newest first — annual grades, routine
 * scores, field stays in the cadre's unit (四个一, and whether the cadre was at either end), special-appraisal
 * conclusions, the term results of the cadre's team, result-application paths
 * and the notices issued. The cadre reads their own; the
 * organisation department and the party committee read anyone's.
 */
@Service
public class CadreFileService {

  public record CadreFile(String cadreCode, String name, String position, String unitName, List<YearFile> years) {}

  public record YearFile(int year, List<GradeHistory> annualGrades, List<ArchiveGrade> archiveGrades,
      List<CadreRoutineScore> routineScores,
      List<StayEntry> fieldStays, List<SpecialEntry> specialConclusions, List<TermEntry> teamTermResults,
      List<PathEntry> resultPaths, List<NoticeEntry> notices) {}

  /** An annual grade on file from before the application (干部档案), with where it is recorded. */
  public record ArchiveGrade(int year, String grade, String gradeLabel, String source) {}

  /**
   * One line of a cadre's grades over the years: a round's final grade ({@code campaignId} set) or an
   * archive grade ({@code kind} ARCHIVE, {@code source} the file reference).
   */
  public record HistoryEntry(int year, String kind, Long campaignId, String unitName, String grade, String gradeLabel,
                             String source) {}

  /** A result-application path; campaignId only when an annual grade opened it, basis says what did. */
  public record PathEntry(Long campaignId, String source, String basis, String path, String pathLabel, String status,
                          String statusLabel, String decision) {}

  public record NoticeEntry(long id, String title, String documentNumber, LocalDate issuedOn) {}

  private final OrganisationService organisation;
  private final GradingService grading;
  private final RoutineScoreService routine;
  private final ResultApplicationService results;
  private final NoticeService notices;
  private final CampaignService campaigns;
  private final SpecialAppraisalService specials;
  private final TermService terms;
  private final FieldStayService stays;
  private final PriorGradeService priorGrades;

  CadreFileService(OrganisationService organisation, GradingService grading, RoutineScoreService routine,
      ResultApplicationService results, NoticeService notices, CampaignService campaigns,
      SpecialAppraisalService specials, TermService terms, FieldStayService stays, PriorGradeService priorGrades) {
    this.priorGrades = priorGrades;
    this.stays = stays;
    this.specials = specials;
    this.terms = terms;
    this.organisation = organisation;
    this.grading = grading;
    this.routine = routine;
    this.results = results;
    this.notices = notices;
    this.campaigns = campaigns;
  }

  @Transactional(readOnly = true)
  public CadreFile fileOf(String cadreCode, Viewer viewer) {
    Cadre cadre = organisation.cadreByCode(cadreCode);
    boolean own = cadre.getUserId() != null && cadre.getUserId().equals(viewer.userId());
    if (!own && !viewer.isOrgDept() && !viewer.groupIds().contains(AppraisalGroup.PARTY_COMMITTEE.id())) {
      throw new AccessDeniedException("只能查看本人的考核档案");
    }
    Map<Integer, Builder> years = new TreeMap<>(Comparator.reverseOrder());
    Function<Integer, Builder> year = y -> years.computeIfAbsent(y, Builder::new);
    grading.history(cadreCode, viewer.userId(), true).forEach(g -> year.apply(g.year()).grades.add(g));
    archiveGrades(cadreCode).forEach(a -> year.apply(a.year()).archive.add(a));
    routine.scoresOf(cadre).forEach(s -> year.apply(s.year()).routine.add(s));
    stays.entriesOf(cadre).forEach(s -> year.apply(s.year()).stays.add(s));
    specials.conclusionsOf(cadre).forEach(c -> year.apply(c.year()).specials.add(c));
    terms.resultsOf(cadre.getUnit()).forEach(t -> year.apply(t.year()).terms.add(t));
    for (ResultAction a : results.actionsOf(cadre)) {
      year.apply(a.getSubject().getYear()).paths.add(new PathEntry(a.getCampaignId(),
          a.getSubject().getSource().name(), a.getSubject().getBasis(), a.getPath().name(), a.getPathLabel(),
          a.getStatus().name(), a.getStatus().label(), a.getDecision()));
    }
    for (Notice n : notices.noticesFiledFor(cadre)) {
      int y = n.getCampaignId() == null ? n.getCreatedAt().getYear() : campaigns.campaign(n.getCampaignId()).getYear();
      year.apply(y).notices.add(new NoticeEntry(n.getId(), n.getTitle(), n.getDocumentNumber(),
          n.getCreatedAt().toLocalDate()));
    }
    return new CadreFile(cadre.getCode(), cadre.getName(), cadre.getPosition(), cadre.getUnit().getName(),
        years.values().stream().map(Builder::build).toList());
  }

  /**
   * A cadre's whole record of grades, newest first: the rounds' final grades and the archive grades on
   * file. A cadre reads their own; the organisation department and the committee anyone's.
   */
  @Transactional(readOnly = true)
  public List<HistoryEntry> history(String cadreCode, String viewerUserId, boolean overseer) {
    List<HistoryEntry> entries = new ArrayList<>();
    grading.history(cadreCode, viewerUserId, overseer).forEach(g -> entries.add(new HistoryEntry(g.year(), g.kind(),
        g.campaignId(), g.unitName(), g.grade(), g.gradeLabel(), null)));
    archiveGrades(cadreCode).forEach(a -> entries.add(new HistoryEntry(a.year(), ARCHIVE, null, null, a.grade(),
        a.gradeLabel(), a.source())));
    entries.sort(Comparator.comparingInt(HistoryEntry::year).reversed()
        .thenComparing(e -> ARCHIVE.equals(e.kind())));
    return entries;
  }

  private List<ArchiveGrade> archiveGrades(String cadreCode) {
    return priorGrades.of(cadreCode).stream().map(p -> new ArchiveGrade(p.getYear(), p.getGrade(),
        Grade.valueOf(p.getGrade()).label(), p.getSource())).toList();
  }

  private static final String ARCHIVE = "ARCHIVE";

  private static final class Builder {
    final int year;
    final List<GradeHistory> grades = new ArrayList<>();
    final List<ArchiveGrade> archive = new ArrayList<>();
    final List<CadreRoutineScore> routine = new ArrayList<>();
    final List<StayEntry> stays = new ArrayList<>();
    final List<SpecialEntry> specials = new ArrayList<>();
    final List<TermEntry> terms = new ArrayList<>();
    final List<PathEntry> paths = new ArrayList<>();
    final List<NoticeEntry> notices = new ArrayList<>();

    Builder(int year) {
      this.year = year;
    }

    YearFile build() {
      return new YearFile(year, grades, archive, routine, stays, specials, terms, paths, notices);
    }
  }
}
