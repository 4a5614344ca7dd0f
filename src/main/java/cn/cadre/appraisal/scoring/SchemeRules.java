package cn.cadre.appraisal.scoring;

import cn.cadre.appraisal.organisation.Unit;
import cn.cadre.appraisal.organisation.UnitCategory;
import cn.cadre.appraisal.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What makes a scheme valid, every problem named at once: full points above zero, no indicator twice,
 * each paper's weights summing to 100 for every unit it scores (common plus that unit's individual
 * indicators), and paper weights that fit the formula.
 */
final class SchemeRules {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  static final BigDecimal DEFAULT_BASE = BigDecimal.valueOf(80);

  private SchemeRules() {}

  /** A checked scheme, ready to be written. */
  record Checked(int year, UnitCategory category, String name, ScoringFormula formula, BigDecimal partyBuildingBase,
                 Map<Paper, BigDecimal> paperWeights, List<Indicator> indicators) {}

  /**
   * @param offices the registered offices' names by code
   * @param units a unit by its code, or null when there is none
   */
  static Checked check(SchemeRequest request, Map<String, String> offices, Function<String, Unit> units) {
    if (request == null) {
      throw new InvalidInputException("请求体不能为空");
    }
    List<String> problems = new ArrayList<>();
    Integer year = request.year();
    if (year == null || year < 2000 || year > 2100) {
      problems.add("年度应为 2000–2100 之间的年份：" + year);
    }
    UnitCategory category = null;
    try {
      category = category(request.category());
    } catch (InvalidInputException e) {
      problems.add(e.getMessage());
    }
    ScoringFormula formula = null;
    try {
      formula = ScoringFormula.parse(request.formula());
    } catch (InvalidInputException e) {
      problems.add(e.getMessage());
    }
    BigDecimal base = request.partyBuildingBase() == null ? DEFAULT_BASE : request.partyBuildingBase();
    if (base.signum() <= 0) {
      problems.add("党建得分基数应大于0: " + base.toPlainString());
    }
    Map<Paper, BigDecimal> paperWeights = new EnumMap<>(Paper.class);
    if (request.paperWeights() != null) {
      request.paperWeights().forEach((key, weight) -> {
        try {
          Paper paper = Paper.parse(key);
          if (weight == null || weight.signum() <= 0) {
            problems.add("考卷“" + paper.label() + "”的权重应大于0: " + (weight == null ? "空" : weight.toPlainString()));
          } else if (paperWeights.put(paper, weight) != null) {
            problems.add("考卷“" + paper.label() + "”的权重填了两次");
          }
        } catch (InvalidInputException e) {
          problems.add(e.getMessage());
        }
      });
    }
    List<Indicator> indicators = indicators(request.indicators(), category, offices, units, problems);
    if (formula != null) {
      checkWeights(formula, paperWeights, indicators, problems);
    }
    if (!problems.isEmpty()) {
      throw InvalidInputException.summarised("指标体系未保存", problems);
    }
    String name = request.name() == null || request.name().isBlank()
        ? year + "年度" + category.label() + "综合考核指标体系" : request.name().strip();
    if (name.length() > 100) {
      throw new InvalidInputException("指标体系未保存：名称不能超过100个字");
    }
    return new Checked(year, category, name, formula, base, paperWeights, indicators);
  }

  static UnitCategory category(String value) {
    String v = value == null ? "" : value.strip();
    for (UnitCategory c : UnitCategory.values()) {
      if (c.name().equals(v) || c.label().equals(v)) {
        return c;
      }
    }
    List<String> allowed = new ArrayList<>();
    for (UnitCategory c : UnitCategory.values()) {
      allowed.add(c.label());
    }
    throw new InvalidInputException("单位类别不在允许范围内: " + value + "（允许：" + String.join("、", allowed) + "）");
  }

  private static List<Indicator> indicators(List<SchemeRequest.IndicatorRequest> requests, UnitCategory category,
      Map<String, String> offices, Function<String, Unit> units, List<String> problems) {
    List<Indicator> result = new ArrayList<>();
    if (requests == null || requests.isEmpty()) {
      problems.add("指标体系至少要有一项计分指标");
      return result;
    }
    Set<String> codes = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    int n = 0;
    for (SchemeRequest.IndicatorRequest r : requests) {
      n++;
      String where = "第" + n + "项指标" + (r == null || blank(r.name()) ? "" : "（" + r.name().strip() + "）") + "：";
      if (r == null) {
        problems.add(where + "为空");
        continue;
      }
      int before = problems.size();
      String code = r.code() == null ? "" : r.code().strip();
      if (!code.matches("[A-Za-z0-9_-]{1,20}")) {
        problems.add(where + "指标编码应为1到20位字母、数字、下划线或连字符: " + r.code());
      } else if (!codes.add(code)) {
        problems.add(where + "指标编码 " + code + " 重复");
      }
      String name = r.name() == null ? "" : r.name().strip();
      String unitCode = blank(r.unit()) ? null : r.unit().strip();
      if (name.isEmpty() || name.length() > 100) {
        problems.add(where + "指标名称不能为空，且不超过100个字");
      } else if (!names.add(name + "|" + unitCode)) {
        problems.add(where + "指标“" + name + "”重复");
      }
      IndicatorKind kind = null;
      try {
        kind = blank(r.kind()) ? IndicatorKind.SCORED : IndicatorKind.parse(r.kind());
      } catch (InvalidInputException e) {
        problems.add(where + e.getMessage());
      }
      Paper paper = null;
      if (!blank(r.paper())) {
        try {
          paper = Paper.parse(r.paper());
        } catch (InvalidInputException e) {
          problems.add(where + e.getMessage());
        }
      }
      ScoringMethod method = null;
      try {
        method = blank(r.method()) ? ScoringMethod.ENTERED : ScoringMethod.parse(r.method());
      } catch (InvalidInputException e) {
        problems.add(where + e.getMessage());
      }
      BigDecimal full = r.fullPoints();
      if (kind == IndicatorKind.SCORED || kind == IndicatorKind.BONUS || kind == IndicatorKind.PENALTY) {
        if (full == null || full.signum() <= 0) {
          problems.add(where + "满分（加减分项为最多加减的分值）应大于0: " + (full == null ? "空" : full.toPlainString()));
        }
      } else if (kind != null) {
        full = BigDecimal.ONE; // yes or no
      }
      if (kind == IndicatorKind.SCORED) {
        if (paper == null && blank(r.paper())) {
          problems.add(where + "计分指标须注明类别（发展实绩、党的建设、社会满意度）");
        }
        if (r.weight() == null || r.weight().signum() <= 0) {
          problems.add(where + "计分指标的权重应大于0: " + (r.weight() == null ? "空" : r.weight().toPlainString()));
        }
      } else if (kind != null) {
        if (r.weight() != null) {
          problems.add(where + kind.label() + "不设权重");
        }
        if (paper != null) {
          problems.add(where + kind.label() + "不属于任何考卷，类别应为空");
        }
        if (method == ScoringMethod.TARGET) {
          problems.add(where + kind.label() + "只能直接评分");
        }
      }
      if (method == ScoringMethod.TARGET && (r.target() == null || r.target().signum() <= 0)) {
        problems.add(where + "按目标完成度计分须填写大于0的目标值");
      } else if (method == ScoringMethod.ENTERED && r.target() != null) {
        problems.add(where + "直接评分的指标不设目标值（按目标完成度计分时才填）");
      }
      String office = r.office() == null ? "" : r.office().strip();
      if (!offices.containsKey(office)) {
        problems.add(where + "责任单位不存在: " + (office.isEmpty() ? "空" : office) + "（请先登记该责任单位及其用户组）");
      }
      if (unitCode != null) {
        Unit unit = units.apply(unitCode);
        if (unit == null) {
          problems.add(where + "单位不存在: " + unitCode);
        } else if (category != null && unit.getCategory() != category) {
          problems.add(where + unit.getName() + "属于“" + unit.getCategory().label() + "”，不属于本指标体系的“"
              + category.label() + "”");
        }
      }
      boolean halved = Boolean.TRUE.equals(r.halved());
      if (halved && kind != IndicatorKind.SCORED) {
        problems.add(where + "只有计分指标可以分值减半");
      }
      if (problems.size() == before) {
        result.add(new Indicator(code, name, paper, kind, full, r.weight(), office, method, r.target(), unitCode,
            halved, halved ? (blank(r.halvedReason()) ? "分值减半" : r.halvedReason().strip()) : null));
      }
    }
    if (problems.isEmpty() && result.stream().noneMatch(i -> i.getKind() == IndicatorKind.SCORED)) {
      problems.add("指标体系至少要有一项计分指标");
    }
    return result;
  }

  /**
   * Each paper's weights sum to 100 for every unit it scores; the paper weights fit the formula: a
   * weighted sum weighs every paper (summing to 100); the multiplier takes party building as the
   * multiplier (no weight) and weighs the other papers (summing to 100).
   */
  private static void checkWeights(ScoringFormula formula, Map<Paper, BigDecimal> paperWeights,
      List<Indicator> indicators, List<String> problems) {
    Map<Paper, List<Indicator>> byPaper = new TreeMap<>();
    indicators.stream().filter(i -> i.getKind() == IndicatorKind.SCORED && i.getPaper() != null)
        .forEach(i -> byPaper.computeIfAbsent(i.getPaper(), p -> new ArrayList<>()).add(i));
    byPaper.forEach((paper, members) -> {
      BigDecimal common = sum(members.stream().filter(i -> i.getUnitCode() == null).toList());
      Map<String, List<Indicator>> individual = new LinkedHashMap<>();
      members.stream().filter(i -> i.getUnitCode() != null)
          .forEach(i -> individual.computeIfAbsent(i.getUnitCode(), u -> new ArrayList<>()).add(i));
      if (individual.isEmpty() && common.compareTo(HUNDRED) != 0) {
        problems.add("“" + paper.label() + "”各指标权重合计应为100，现为 " + common.stripTrailingZeros().toPlainString());
      }
      individual.forEach((unit, own) -> {
        BigDecimal total = common.add(sum(own));
        if (total.compareTo(HUNDRED) != 0) {
          problems.add("“" + paper.label() + "”对单位 " + unit + " 的共性指标与个性指标权重合计应为100，现为 "
              + total.stripTrailingZeros().toPlainString());
        }
      });
    });
    Map<Paper, BigDecimal> weighed = new HashMap<>(paperWeights);
    if (formula == ScoringFormula.MULTIPLIER) {
      if (!byPaper.containsKey(Paper.DEVELOPMENT) || !byPaper.containsKey(Paper.PARTY_BUILDING)) {
        problems.add("乘数法须同时有“发展实绩”和“党的建设”两类计分指标");
      }
      if (weighed.remove(Paper.PARTY_BUILDING) != null) {
        problems.add("乘数法中“党的建设”得分作乘数，不设考卷权重");
      }
    }
    for (Paper paper : byPaper.keySet()) {
      if (formula == ScoringFormula.MULTIPLIER && paper == Paper.PARTY_BUILDING) {
        continue;
      }
      if (!weighed.containsKey(paper) && !onlyOne(formula, byPaper)) {
        problems.add("请填写考卷“" + paper.label() + "”的权重");
      }
    }
    for (Paper paper : weighed.keySet()) {
      if (!byPaper.containsKey(paper)) {
        problems.add("考卷“" + paper.label() + "”填了权重，却没有该类计分指标");
      }
    }
    if (weighed.size() > 1 || (weighed.size() == 1 && !onlyOne(formula, byPaper))) {
      BigDecimal total = weighed.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      if (total.compareTo(HUNDRED) != 0) {
        problems.add("各考卷权重合计应为100，现为 " + total.stripTrailingZeros().toPlainString());
      }
    }
  }

  /** With one weighed paper its weight may be left out: it is 100. */
  private static boolean onlyOne(ScoringFormula formula, Map<Paper, List<Indicator>> byPaper) {
    long weighedPapers = byPaper.keySet().stream()
        .filter(p -> !(formula == ScoringFormula.MULTIPLIER && p == Paper.PARTY_BUILDING)).count();
    return weighedPapers == 1;
  }

  /**
   * What keeps a scheme from scoring this unit: a paper whose weights, common plus the unit's own
   * indicators, do not sum to 100 (a unit without the individual indicators others have, say).
   */
  static List<String> unitProblems(IndicatorScheme scheme, Unit unit) {
    Map<Paper, BigDecimal> sums = new TreeMap<>();
    scheme.indicatorsOf(unit.getCode()).stream().filter(i -> i.getKind() == IndicatorKind.SCORED)
        .forEach(i -> sums.merge(i.getPaper(), i.getWeight(), BigDecimal::add));
    List<String> problems = new ArrayList<>();
    sums.forEach((paper, sum) -> {
      if (sum.compareTo(HUNDRED) != 0) {
        problems.add(unit.getName() + "：“" + paper.label() + "”指标权重合计为 " + sum.stripTrailingZeros().toPlainString()
            + "，应为 100（请补充该单位的个性指标）");
      }
    });
    return problems;
  }

  /** The weight each paper counts with (a lone weighed paper: 100), for the total's formula. */
  static Map<Paper, BigDecimal> effectivePaperWeights(IndicatorScheme scheme) {
    Map<Paper, BigDecimal> weights = new EnumMap<>(Paper.class);
    Set<Paper> papers = new LinkedHashSet<>();
    scheme.getIndicators().stream().filter(i -> i.getKind() == IndicatorKind.SCORED).forEach(i -> papers.add(i.getPaper()));
    if (scheme.getFormula() == ScoringFormula.MULTIPLIER) {
      papers.remove(Paper.PARTY_BUILDING);
    }
    for (Paper paper : papers) {
      BigDecimal given = scheme.paperWeights().get(paper);
      weights.put(paper, given != null ? given : papers.size() == 1 ? HUNDRED : BigDecimal.ZERO);
    }
    return weights;
  }

  private static BigDecimal sum(List<Indicator> indicators) {
    return indicators.stream().map(Indicator::getWeight).filter(w -> w != null).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
