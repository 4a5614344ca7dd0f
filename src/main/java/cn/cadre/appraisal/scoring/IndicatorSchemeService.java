package cn.cadre.appraisal.scoring;

import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.organisation.Unit;
import cn.cadre.appraisal.organisation.UnitCategory;
import cn.cadre.appraisal.shared.ConflictException;
import cn.cadre.appraisal.shared.InvalidInputException;
import cn.cadre.appraisal.shared.NotFoundException;
import cn.cadre.appraisal.shared.Viewer;
import cn.cadre.appraisal.verification.Office;
import cn.cadre.appraisal.verification.OfficeCatalogue;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation department's indicator schemes: one per year and category of unit, checked as a
 * whole, replaced as a whole until a scoring round uses it, then frozen. Next year's scheme starts as
 * a copy of this year's; an indicator whose scores spread too little is halved there.
 */
@Service
public class IndicatorSchemeService {

  private final IndicatorSchemeRepository schemes;
  private final OfficeCatalogue offices;
  private final OrganisationService organisation;
  private final Clock clock;

  IndicatorSchemeService(IndicatorSchemeRepository schemes, OfficeCatalogue offices, OrganisationService organisation,
      Clock clock) {
    this.schemes = schemes;
    this.offices = offices;
    this.organisation = organisation;
    this.clock = clock;
  }

  /** A new scheme for a year and category that has none. */
  @Transactional
  public SchemeView create(SchemeRequest request, Viewer viewer) {
    requireOrgDept(viewer);
    SchemeRules.Checked checked = check(request);
    if (schemes.findByYearAndCategory(checked.year(), checked.category()).isPresent()) {
      throw new ConflictException(exists(checked.year(), checked.category()) + "，请修改它（PUT）而不是再建一个");
    }
    IndicatorScheme scheme = new IndicatorScheme(checked.year(), checked.category());
    write(scheme, checked, viewer.userId());
    try {
      schemes.saveAndFlush(scheme);
    } catch (DataIntegrityViolationException e) { // another request created it just now
      throw new ConflictException(exists(checked.year(), checked.category()) + "（刚刚由另一请求创建）", e);
    }
    return view(scheme);
  }

  /** Replaces a scheme's content; its year and category stay. Refused once a round has used it. */
  @Transactional
  public SchemeView replace(long id, SchemeRequest request, Viewer viewer) {
    requireOrgDept(viewer);
    IndicatorScheme scheme = scheme(id);
    requireNotFrozen(scheme);
    SchemeRules.Checked checked = check(request);
    if (checked.year() != scheme.getYear() || checked.category() != scheme.getCategory()) {
      throw new InvalidInputException("指标体系的年度和单位类别不能修改（本体系为" + scheme.getYear() + "年度"
          + scheme.getCategory().label() + "）；其他年度或类别请新建");
    }
    scheme.clearIndicators(); // the old rows go before the new ones, which may reuse their codes
    schemes.flush();
    write(scheme, checked, viewer.userId());
    schemes.flush();
    return view(scheme);
  }

  /** Next year's scheme (or another year's) as a copy of this one, to be edited from there. */
  @Transactional
  public SchemeView copy(long id, Integer toYear, Viewer viewer) {
    requireOrgDept(viewer);
    IndicatorScheme from = scheme(id);
    int year = toYear == null ? from.getYear() + 1 : toYear;
    if (year < 2000 || year > 2100) {
      throw new InvalidInputException("年度应为 2000–2100 之间的年份：" + year);
    }
    if (schemes.findByYearAndCategory(year, from.getCategory()).isPresent()) {
      throw new ConflictException(exists(year, from.getCategory()));
    }
    IndicatorScheme copy = copyOf(from, year, viewer.userId());
    try {
      schemes.saveAndFlush(copy);
    } catch (DataIntegrityViolationException e) {
      throw new ConflictException(exists(year, from.getCategory()) + "（刚刚由另一请求创建）", e);
    }
    return view(copy);
  }

  @Transactional(readOnly = true)
  public SchemeView get(long id) {
    return view(scheme(id));
  }

  @Transactional(readOnly = true)
  public List<SchemeView> list(Integer year) {
    Map<String, String> names = officeNames();
    return (year == null ? schemes.findAllByOrderByYearDescCategoryAsc() : schemes.findByYearOrderByCategory(year))
        .stream().map(s -> SchemeView.of(s, names)).toList();
  }

  /** The scheme a round of this year uses for this category, if there is one. */
  @Transactional(readOnly = true)
  public java.util.Optional<IndicatorScheme> schemeFor(int year, UnitCategory category) {
    return schemes.findByYearAndCategory(year, category);
  }

  /**
   * Gansu's rule applied: the indicator counts half next year. Next year's scheme is made as a copy of
   * this year's when there is none yet; a next-year scheme already in use is not changed (a conflict).
   */
  @Transactional
  public void halveNextYear(IndicatorScheme scheme, String indicatorCode, String reason, String actor) {
    int next = scheme.getYear() + 1;
    IndicatorScheme target = schemes.findByYearAndCategory(next, scheme.getCategory())
        .orElseGet(() -> schemes.save(copyOf(scheme, next, actor)));
    requireNotFrozen(target);
    target.getIndicators().stream().filter(i -> i.getCode().equals(indicatorCode)).findFirst()
        .ifPresent(i -> i.halve(reason));
    target.touch(actor, LocalDateTime.now(clock));
  }

  IndicatorScheme scheme(long id) {
    return schemes.findById(id).orElseThrow(() -> new NotFoundException("指标体系不存在: " + id));
  }

  SchemeView view(IndicatorScheme scheme) {
    return SchemeView.of(scheme, officeNames());
  }

  Map<String, String> officeNames() {
    Map<String, String> names = new LinkedHashMap<>();
    for (Office office : offices.all()) {
      names.put(office.getCode(), office.getName());
    }
    return names;
  }

  SchemeRules.Checked check(SchemeRequest request) {
    return SchemeRules.check(request, officeNames(), this::unitOrNull);
  }

  private Unit unitOrNull(String code) {
    try {
      return organisation.unit(code);
    } catch (NotFoundException e) {
      return null;
    }
  }

  private void write(IndicatorScheme scheme, SchemeRules.Checked checked, String actor) {
    scheme.define(checked.name(), checked.formula(), checked.partyBuildingBase(), checked.paperWeights(),
        checked.indicators(), actor, LocalDateTime.now(clock));
  }

  private IndicatorScheme copyOf(IndicatorScheme from, int year, String actor) {
    IndicatorScheme copy = new IndicatorScheme(year, from.getCategory());
    String name = from.getName().replace(String.valueOf(from.getYear()), String.valueOf(year));
    // a halving lasts one year: the copy starts whole
    copy.define(name, from.getFormula(), from.getPartyBuildingBase(), from.paperWeights(),
        from.getIndicators().stream().map(i -> new Indicator(i.getCode(), i.getName(), i.getPaper(), i.getKind(),
            i.getFullPoints(), i.getWeight(), i.getOfficeCode(), i.getMethod(), i.getTarget(), i.getUnitCode(), false,
            null)).toList(), actor, LocalDateTime.now(clock));
    return copy;
  }

  private static void requireNotFrozen(IndicatorScheme scheme) {
    if (scheme.isFrozen()) {
      throw new ConflictException(scheme.getYear() + "年度" + scheme.getCategory().label()
          + "指标体系已被评分轮次使用，不能再修改（已给出的结果按它计算）；下一年度的体系请复制后修改");
    }
  }

  private static String exists(int year, UnitCategory category) {
    return year + "年度" + category.label() + "已有指标体系";
  }

  static void requireOrgDept(Viewer viewer) {
    if (!viewer.isOrgDept()) {
      throw new AccessDeniedException("只有组织部可以维护考核指标体系");
    }
  }
}
