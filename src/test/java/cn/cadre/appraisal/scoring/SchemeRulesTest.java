package cn.cadre.appraisal.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.cadre.appraisal.organisation.Unit;
import cn.cadre.appraisal.organisation.UnitCategory;
import cn.cadre.appraisal.scoring.SchemeRequest.IndicatorRequest;
import cn.cadre.appraisal.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What makes a scheme valid, checked on schemes written out by hand. */
class SchemeRulesTest {

  private static final Map<String, String> OFFICES = Map.of("STATISTICS", "统计局", "ORG", "组织部", "SURVEY", "调查中心",
      "DISCIPLINE", "纪检监察");

  static IndicatorRequest scored(String code, String name, String paper, int weight, String unit) {
    return new IndicatorRequest(code, name, paper, "SCORED", BigDecimal.valueOf(100), BigDecimal.valueOf(weight),
        "STATISTICS", "ENTERED", null, unit, null, null);
  }

  /** Jiangsu-style: development 60 + 40 (one of them by target), party building 100, satisfaction 100. */
  static SchemeRequest jiangsu() {
    return new SchemeRequest(2026, "CITY", null, "MULTIPLIER", null,
        Map.of("DEVELOPMENT", BigDecimal.valueOf(90), "SATISFACTION", BigDecimal.valueOf(10)), List.of(
            scored("D1", "经济发展", "DEVELOPMENT", 60, null),
            new IndicatorRequest("D2", "生态环境", "发展实绩", "计分指标", BigDecimal.valueOf(100), BigDecimal.valueOf(40),
                "STATISTICS", "目标完成度", BigDecimal.valueOf(6.5), null, null, null),
            scored("P1", "党建工作", "PARTY_BUILDING", 100, null),
            scored("S1", "群众满意度", "SATISFACTION", 100, null),
            new IndicatorRequest("B1", "国家级表彰", null, "BONUS", BigDecimal.valueOf(3), null, "ORG", null, null, null,
                null, null),
            new IndicatorRequest("X1", "党风廉政", null, "VETO", null, null, "DISCIPLINE", null, null, null, null, null)));
  }

  @Test
  void aJiangsuSchemeIsValid_itsNameMadeFromYearAndCategory() {
    SchemeRules.Checked checked = SchemeRules.check(jiangsu(), OFFICES, code -> null);
    assertThat(checked.name()).isEqualTo("2026年度市综合考核指标体系");
    assertThat(checked.partyBuildingBase()).isEqualByComparingTo("80");
    assertThat(checked.indicators()).extracting(Indicator::getCode).containsExactly("D1", "D2", "P1", "S1", "B1", "X1");
    assertThat(checked.indicators().get(5).getFullPoints()).isEqualByComparingTo("1");
  }

  @Test
  void everyProblemIsNamedAtOnce() {
    List<IndicatorRequest> indicators = new ArrayList<>(List.of(
        scored("D1", "经济发展", "DEVELOPMENT", 60, null),
        scored("D1", "经济发展", "DEVELOPMENT", 30, null),
        new IndicatorRequest("D3", "招商引资", "DEVELOPMENT", "SCORED", BigDecimal.ZERO, BigDecimal.valueOf(5), "NOPE",
            "TARGET", null, null, null, null),
        new IndicatorRequest("B1", "表彰", "DEVELOPMENT", "BONUS", BigDecimal.ONE, BigDecimal.ONE, "ORG", null, null,
            null, true, null)));
    SchemeRequest request = new SchemeRequest(1999, "VILLAGE", null, "PRODUCT", BigDecimal.ZERO, Map.of(), indicators);
    assertThatThrownBy(() -> SchemeRules.check(request, OFFICES, code -> null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "年度应为 2000–2100 之间的年份：1999",
            "单位类别不在允许范围内: VILLAGE（允许：市、县（区）、脱贫县、部门、事业单位、国有企业）",
            "计分公式不在允许范围内: PRODUCT（允许：加权求和、乘数法）",
            "党建得分基数应大于0: 0",
            "第2项指标（经济发展）：指标编码 D1 重复",
            "第2项指标（经济发展）：指标“经济发展”重复",
            "第3项指标（招商引资）：满分（加减分项为最多加减的分值）应大于0: 0",
            "第3项指标（招商引资）：按目标完成度计分须填写大于0的目标值",
            "第3项指标（招商引资）：责任单位不存在: NOPE（请先登记该责任单位及其用户组）",
            "第4项指标（表彰）：加分项不设权重",
            "第4项指标（表彰）：加分项不属于任何考卷，类别应为空",
            "第4项指标（表彰）：只有计分指标可以分值减半"));
  }

  @Test
  void weightsOfAPaperSumTo100_andPaperWeightsFitTheFormula() {
    SchemeRequest request = new SchemeRequest(2026, "市", null, "加权求和", null,
        Map.of("DEVELOPMENT", BigDecimal.valueOf(70), "PARTY_BUILDING", BigDecimal.valueOf(20)), List.of(
            scored("D1", "经济发展", "DEVELOPMENT", 60, null),
            scored("D2", "生态环境", "DEVELOPMENT", 30, null),
            scored("P1", "党建工作", "PARTY_BUILDING", 100, null),
            scored("S1", "群众满意度", "SATISFACTION", 100, null)));
    assertThatThrownBy(() -> SchemeRules.check(request, OFFICES, code -> null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "“发展实绩”各指标权重合计应为100，现为 90",
            "请填写考卷“社会满意度”的权重",
            "各考卷权重合计应为100，现为 90"));

    SchemeRequest multiplier = new SchemeRequest(2026, "CITY", null, "MULTIPLIER", null,
        Map.of("PARTY_BUILDING", BigDecimal.valueOf(20)), List.of(scored("D1", "经济发展", "DEVELOPMENT", 100, null)));
    assertThatThrownBy(() -> SchemeRules.check(multiplier, OFFICES, code -> null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "乘数法须同时有“发展实绩”和“党的建设”两类计分指标",
            "乘数法中“党的建设”得分作乘数，不设考卷权重"));
  }

  @Test
  void individualIndicatorsAddUpWithTheCommonOnesForTheirUnit() {
    Unit nanjing = new Unit("nj", "南京市", UnitCategory.CITY, null);
    Unit bureau = new Unit("fgw", "发改委", UnitCategory.DEPARTMENT, null);
    Map<String, Unit> units = Map.of("nj", nanjing, "fgw", bureau);
    SchemeRequest request = new SchemeRequest(2026, "CITY", "苏南苏北分类考核", "WEIGHTED_SUM", null, null, List.of(
        scored("D1", "共性指标", "DEVELOPMENT", 70, null),
        scored("D2", "率先实现现代化", "DEVELOPMENT", 30, "nj"),
        scored("D3", "脱贫攻坚", "DEVELOPMENT", 20, "nj"),
        scored("D4", "产业升级", "DEVELOPMENT", 30, "fgw"),
        scored("D5", "乡村振兴", "DEVELOPMENT", 30, "nowhere")));
    assertThatThrownBy(() -> SchemeRules.check(request, OFFICES, units::get))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "第4项指标（产业升级）：发改委属于“部门”，不属于本指标体系的“市”",
            "第5项指标（乡村振兴）：单位不存在: nowhere",
            "“发展实绩”对单位 nj 的共性指标与个性指标权重合计应为100，现为 120"));

    SchemeRequest fixed = new SchemeRequest(2026, "CITY", "苏南苏北分类考核", "WEIGHTED_SUM", null, null, List.of(
        scored("D1", "共性指标", "DEVELOPMENT", 70, null),
        scored("D2", "率先实现现代化", "DEVELOPMENT", 30, "nj")));
    assertThat(SchemeRules.check(fixed, OFFICES, units::get).indicators()).hasSize(2);
  }
}
