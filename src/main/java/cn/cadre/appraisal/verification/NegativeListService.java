package cn.cadre.appraisal.verification;

import cn.cadre.appraisal.shared.ConflictException;
import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.settings.ChineseTime;
import cn.cadre.appraisal.campaign.Campaign;
import cn.cadre.appraisal.campaign.CampaignCadre;
import cn.cadre.appraisal.campaign.CampaignService;
import cn.cadre.appraisal.campaign.RoundCadres;
import cn.cadre.appraisal.campaign.CampaignUnit;
import cn.cadre.appraisal.campaign.CampaignUnitRepository;
import cn.cadre.appraisal.campaign.RoundOffices;
import cn.cadre.appraisal.evaluation.Finding;
import cn.cadre.appraisal.evaluation.Severity;
import cn.cadre.appraisal.evaluation.VerificationFinding;
import cn.cadre.appraisal.evaluation.VerificationFindingRepository;
import cn.cadre.appraisal.shared.Viewer;
import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.shared.NotFoundException;
import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.organisation.Unit;
import cn.cadre.appraisal.verification.FindingAudit.Action;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 负面清单: each office asked in a round returns one list for all the round's cadres. It marks only
 * the cadres it has something on (today's verification fields) and, by returning the list, clears
 * all the others. Until it is returned the office may change its entries; afterwards the list is
 * closed and a late finding is refused (the cadres' analysis has started or is about to), so the
 * grading rules never read a list that is still changing. Only the office's own members write its
 * list; they and the organisation department read it; no office sees another office's entries.
 */
@Service
public class NegativeListService implements RoundOffices {

  static final int MAX_PAGE_SIZE = 200;

  private final OfficeCatalogue catalogue;
  private final RoundOfficeRepository roundOffices;
  private final VerificationFindingRepository findings;
  private final FindingAuditRepository audit;
  private final CampaignUnitRepository campaignUnits;
  private final CampaignService campaigns;
  private final OrganisationService organisation;
  private final RoundCadres roundCadres;
  private final Clock clock;

  NegativeListService(OfficeCatalogue catalogue, RoundOfficeRepository roundOffices,
      VerificationFindingRepository findings, FindingAuditRepository audit, CampaignUnitRepository campaignUnits,
      @Lazy CampaignService campaigns, OrganisationService organisation, Clock clock, RoundCadres roundCadres) {
    this.roundCadres = roundCadres;
    this.catalogue = catalogue;
    this.roundOffices = roundOffices;
    this.findings = findings;
    this.audit = audit;
    this.campaignUnits = campaignUnits;
    this.campaigns = campaigns;
    this.organisation = organisation;
    this.clock = clock;
  }

  // ---- a round's offices ---------------------------------------------------------------------------

  @Override
  public List<OfficeRef> resolve(List<String> requestedCodes, List<String> problems) {
    List<Office> all = catalogue.all();
    if (requestedCodes == null) {
      List<OfficeRef> defaults = all.stream().filter(Office::isAskedByDefault).map(NegativeListService::ref).toList();
      if (defaults.isEmpty()) {
        problems.add("没有默认报送负面清单的部门，请在 offices 中指定");
      }
      return defaults;
    }
    if (requestedCodes.isEmpty()) {
      problems.add("offices 不能为空：至少请一个部门报送负面清单");
    }
    Map<String, Office> byCode = new HashMap<>();
    all.forEach(o -> byCode.put(o.getCode(), o));
    Set<String> seen = new LinkedHashSet<>();
    List<OfficeRef> refs = new ArrayList<>();
    for (String code : requestedCodes) {
      Office office = byCode.get(code);
      if (office == null) {
        problems.add("部门不存在: " + code);
      } else if (!seen.add(code)) {
        problems.add("部门重复: " + code);
      } else {
        refs.add(ref(office));
      }
    }
    return refs;
  }

  @Override
  @Transactional
  public void open(Long campaignId, List<OfficeRef> offices) {
    for (OfficeRef ref : offices) {
      roundOffices.save(new RoundOffice(campaignId, catalogue.office(ref.code())));
    }
  }

  @Override
  @Transactional(readOnly = true)
  public boolean allReturned(Long campaignId) {
    return roundOffices.countByCampaignIdAndSubmittedAtIsNull(campaignId) == 0;
  }

  /** The round's offices and where each stands (the organisation department's view). */
  @Transactional(readOnly = true)
  public List<OfficeStatus> status(Long campaignId, Viewer viewer) {
    campaigns.campaign(campaignId);
    if (!viewer.isOrgDept()) {
      throw new AccessDeniedException("只有组织部可以查看各部门负面清单的报送情况");
    }
    Map<String, Integer> marked = new HashMap<>();
    findings.findByCampaignId(campaignId).forEach(f -> marked.merge(f.getOfficeCode(), 1, Integer::sum));
    return roundOffices.findByCampaignIdOrderById(campaignId).stream().map(r -> new OfficeStatus(r.getOfficeCode(),
        r.getOfficeName(), r.getGroupId(), r.isSubmitted(), r.getSubmittedBy(), r.getSubmittedAt(),
        r.getLateExplanation(), marked.getOrDefault(r.getOfficeCode(), 0))).toList();
  }

  /** The lists of a round the viewer may open: their own offices', or all of them for org-dept. */
  @Transactional(readOnly = true)
  public List<RoundOffice> officesOf(Long campaignId, Viewer viewer) {
    return roundOffices.findByCampaignIdOrderById(campaignId).stream()
        .filter(r -> viewer.isOrgDept() || member(viewer, r)).toList();
  }

  // ---- one office's list ---------------------------------------------------------------------------

  /** A page of the office's list: cadres filtered by unit (code or name) and by name or code. */
  @Transactional(readOnly = true)
  public NegativeListTable table(Long campaignId, String officeCode, String unit, String query, boolean markedOnly,
      int page, int size, Viewer viewer) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidInputException("page 不能为负，size 应在1到" + MAX_PAGE_SIZE + "之间");
    }
    RoundOffice office = readable(campaignId, officeCode, viewer);
    List<NegativeListRow> all = rows(campaignId, office);
    String unitFilter = blankToNull(unit);
    String nameFilter = blankToNull(query);
    List<NegativeListRow> filtered = all.stream()
        .filter(r -> unitFilter == null || r.unitCode().equals(unitFilter) || r.unitName().contains(unitFilter))
        .filter(r -> nameFilter == null || r.cadreName().contains(nameFilter) || r.cadreCode().contains(nameFilter))
        .filter(r -> !markedOnly || r.hasItems()).toList();
    int from = Math.min(page * size, filtered.size());
    int marked = (int) all.stream().filter(NegativeListRow::hasItems).count();
    return new NegativeListTable(campaignId, office.getOfficeCode(), office.getOfficeName(), office.isSubmitted(),
        office.getSubmittedBy(), office.getSubmittedAt(), !office.isSubmitted() && member(viewer, office), all.size(),
        marked, filtered.subList(from, Math.min(from + size, filtered.size())), filtered.size(), page, size);
  }

  /** Every row of the office's list (the spreadsheet). */
  @Transactional(readOnly = true)
  public List<NegativeListRow> allRows(Long campaignId, String officeCode, Viewer viewer) {
    return rows(campaignId, readable(campaignId, officeCode, viewer));
  }

  /** The office's name in the round, for pages and files. */
  @Transactional(readOnly = true)
  public String officeName(Long campaignId, String officeCode, Viewer viewer) {
    return readable(campaignId, officeCode, viewer).getOfficeName();
  }

  /** Marks a cadre (or changes the office's entry for them). A finding without items is a removal. */
  @Transactional
  public void mark(Long campaignId, String officeCode, String cadreCode, Finding finding, Viewer viewer) {
    RoundOffice office = writable(campaignId, officeCode, viewer);
    Cadre cadre = cadreOfRound(campaignId, cadreCode);
    apply(office, cadre, finding, viewer.userId());
  }

  /** Takes a cadre off the office's list (the office found nothing after all). */
  @Transactional
  public void remove(Long campaignId, String officeCode, String cadreCode, Viewer viewer) {
    RoundOffice office = writable(campaignId, officeCode, viewer);
    apply(office, cadreOfRound(campaignId, cadreCode), Finding.none(), viewer.userId());
  }

  /**
   * Many entries at once (the uploaded spreadsheet, already checked): each cadre's entry becomes what
   * is given; cadres not given keep theirs. Answers how many entries changed.
   */
  @Transactional
  public int applyAll(Long campaignId, String officeCode, Map<String, Finding> byCadreCode, Viewer viewer) {
    RoundOffice office = writable(campaignId, officeCode, viewer);
    Map<String, Cadre> cadres = new HashMap<>();
    cadresOfRound(campaignId).forEach(c -> cadres.put(c.getCadre().getCode(), c.getCadre()));
    int changed = 0;
    for (var entry : byCadreCode.entrySet()) {
      Cadre cadre = cadres.get(entry.getKey());
      if (cadre == null) {
        throw new NotFoundException("干部不在本轮考核中: " + entry.getKey());
      }
      changed += apply(office, cadre, entry.getValue(), viewer.userId()) ? 1 : 0;
    }
    return changed;
  }

  /**
   * The office returns its list: every cadre it did not mark is clear. The member must confirm that;
   * a list returned after its deadline needs the written explanation (说明) the sources ask for.
   */
  @Transactional
  public RoundOffice submit(Long campaignId, String officeCode, String actor, boolean confirmed,
      String lateExplanation, LocalDateTime due) {
    RoundOffice office = roundOffices.lock(campaignId, officeCode)
        .orElseThrow(() -> new NotFoundException("该部门不在本轮考核的负面清单报送部门中: " + officeCode));
    if (office.isSubmitted()) {
      throw new ConflictException(office.getOfficeName() + "的负面清单已于" + ChineseTime.of(office.getSubmittedAt())
          + "报送，不能重复报送");
    }
    if (!confirmed) {
      throw new InvalidInputException("请确认：未标记的干部均无负面清单事项");
    }
    String explanation = blankToNull(lateExplanation);
    LocalDateTime now = LocalDateTime.now(clock);
    if (due != null && now.isAfter(due) && explanation == null) {
      throw new InvalidInputException("已超过报送期限（" + ChineseTime.of(due) + "），请填写逾期说明");
    }
    if (explanation != null && explanation.length() > 2000) {
      throw new InvalidInputException("逾期说明不能超过2000字");
    }
    office.submit(actor, now, explanation);
    int marked = findings.findByCampaignIdAndOfficeCode(campaignId, officeCode).size();
    audit.save(new FindingAudit(campaignId, officeCode, null, Action.RETURNED,
        "标记" + marked + "名干部有负面清单事项，其余均无" + (explanation == null ? "" : "；逾期说明：" + explanation), actor, now));
    return office;
  }

  /** The changes to an office's list, oldest first (org-dept, or the office itself). */
  @Transactional(readOnly = true)
  public List<FindingAudit> history(Long campaignId, String officeCode, Viewer viewer) {
    readable(campaignId, officeCode, viewer);
    return audit.findByCampaignIdAndOfficeCodeOrderById(campaignId, officeCode);
  }

  /**
   * One office's report on one cadre, as unit-appraisal models before one list per round asked it;
   * an earlier report is never overwritten.
   */
  @Transactional
  public void recordForOneCadre(Long campaignId, String cadreUserId, String officeCode, Finding finding, String actor) {
    Cadre cadre = organisation.cadreByUserId(cadreUserId);
    if (findings.findByCampaignIdAndCadreAndOfficeCode(campaignId, cadre, officeCode).isPresent()) {
      throw new ConflictException(catalogue.office(officeCode).getName() + "核实结果已报送，不能覆盖: " + cadre.getCode());
    }
    if (finding.hasItems()) {
      findings.save(new VerificationFinding(campaignId, cadre, officeCode, finding, actor, LocalDateTime.now(clock)));
      audit.save(new FindingAudit(campaignId, officeCode, cadre.getId(), Action.MARKED, describe(finding), actor,
          LocalDateTime.now(clock)));
    }
  }

  // ---- internals -----------------------------------------------------------------------------------

  private boolean apply(RoundOffice office, Cadre cadre, Finding finding, String actor) {
    LocalDateTime now = LocalDateTime.now(clock);
    VerificationFinding existing = findings.findByCampaignIdAndCadreAndOfficeCode(office.getCampaignId(), cadre,
        office.getOfficeCode()).orElse(null);
    if (!finding.hasItems()) {
      if (existing == null) {
        return false;
      }
      findings.delete(existing);
      audit.save(new FindingAudit(office.getCampaignId(), office.getOfficeCode(), cadre.getId(), Action.REMOVED,
          describe(existing.finding()), actor, now));
      return true;
    }
    if (existing == null) {
      findings.save(new VerificationFinding(office.getCampaignId(), cadre, office.getOfficeCode(), finding, actor, now));
      audit.save(new FindingAudit(office.getCampaignId(), office.getOfficeCode(), cadre.getId(), Action.MARKED,
          describe(finding), actor, now));
      return true;
    }
    if (existing.finding().equals(finding)) {
      return false;
    }
    String before = describe(existing.finding());
    existing.change(finding);
    audit.save(new FindingAudit(office.getCampaignId(), office.getOfficeCode(), cadre.getId(), Action.CHANGED,
        before + " → " + describe(finding), actor, now));
    return true;
  }

  static String describe(Finding f) {
    if (!f.hasItems()) {
      return "无负面清单事项";
    }
    return f.items() + (f.severity() == null ? "" : "｜" + f.severity().label())
        + (f.affectsGrade() ? "｜影响等次" : "") + (f.vetoItem() ? "｜一票否决" : "")
        + (f.underInvestigation() ? "｜正在审查调查" : "");
  }

  private List<NegativeListRow> rows(Long campaignId, RoundOffice office) {
    Map<Long, VerificationFinding> entries = new HashMap<>();
    findings.findByCampaignIdAndOfficeCode(campaignId, office.getOfficeCode())
        .forEach(f -> entries.put(f.getCadre().getId(), f));
    List<NegativeListRow> rows = new ArrayList<>();
    for (CampaignCadre rc : cadresOfRound(campaignId)) {
      Cadre c = rc.getCadre();
      VerificationFinding f = entries.get(c.getId());
      rows.add(f == null
          ? new NegativeListRow(c.getCode(), c.getName(), rc.getUnit().getCode(), rc.getUnit().getName(), rc.getPosition(),
              false, null, null, null, false, false, false, null, null)
          : new NegativeListRow(c.getCode(), c.getName(), rc.getUnit().getCode(), rc.getUnit().getName(), rc.getPosition(),
              true, f.getItems(), f.getSeverity(), f.getSeverity() == null ? null : f.getSeverity().label(),
              f.isAffectsGrade(), f.isVetoItem(), f.isUnderInvestigation(), f.getReportedBy(), f.getReportedAt()));
    }
    return rows;
  }

  private List<CampaignCadre> cadresOfRound(Long campaignId) {
    Campaign campaign = campaigns.campaign(campaignId);
    List<Unit> units = campaignUnits.findByCampaignOrderById(campaign).stream().map(CampaignUnit::getUnit).toList();
    return roundCadres.of(campaignId, units);
  }

  private Cadre cadreOfRound(Long campaignId, String cadreCode) {
    Cadre cadre = organisation.cadreByCode(cadreCode);
    if (roundCadres.of(campaignId, cadre).isEmpty()) {
      throw new NotFoundException("干部不在本轮考核中: " + cadreCode);
    }
    return cadre;
  }

  private RoundOffice readable(Long campaignId, String officeCode, Viewer viewer) {
    campaigns.campaign(campaignId);
    RoundOffice office = roundOffices.findByCampaignIdAndOfficeCode(campaignId, officeCode)
        .orElseThrow(() -> new NotFoundException("该部门不在本轮考核的负面清单报送部门中: " + officeCode));
    if (!member(viewer, office) && !viewer.isOrgDept()) {
      throw new AccessDeniedException("只能查看本部门的负面清单");
    }
    return office;
  }

  /** Refuses anyone who may not write the office's list (403), before their request is looked at. */
  @Transactional(readOnly = true)
  public void checkMayWrite(Long campaignId, String officeCode, Viewer viewer) {
    requireMember(viewer, readable(campaignId, officeCode, viewer));
  }

  /** The office's row, locked: a return and an entry of the same list do not cross. */
  private RoundOffice writable(Long campaignId, String officeCode, Viewer viewer) {
    readable(campaignId, officeCode, viewer);
    RoundOffice office = roundOffices.lock(campaignId, officeCode).orElseThrow();
    requireMember(viewer, office);
    if (office.isSubmitted()) {
      throw new ConflictException(office.getOfficeName() + "的负面清单已报送，不能再修改；如需更正，请联系组织部");
    }
    return office;
  }

  private static void requireMember(Viewer viewer, RoundOffice office) {
    if (!member(viewer, office)) {
      throw new AccessDeniedException("只有" + office.getOfficeName() + "的工作人员可以填写本部门的负面清单");
    }
  }

  private static boolean member(Viewer viewer, RoundOffice office) {
    return viewer.groupIds().contains(office.getGroupId());
  }

  private static OfficeRef ref(Office office) {
    return new OfficeRef(office.getCode(), office.getName(), office.getGroupId());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Parses a severity as the page or the spreadsheet gives it (一般/较重/严重 or MINOR/SERIOUS/GRAVE). */
  public static Severity severity(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    for (Severity s : Severity.values()) {
      if (s.name().equalsIgnoreCase(value.strip()) || s.label().equals(value.strip())) {
        return s;
      }
    }
    throw new InvalidInputException("严重程度应为一般、较重或严重: " + value);
  }
}
