package cn.cadre.appraisal.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic province for whole-round runs, the same for the same seed and size: cities with their
 * counties, provincial departments, institutions and state-owned enterprises, each with a leadership
 * team of 8–25 (fewer only when the size asks for it), Chinese names with a few rare characters
 * (CJK extension B), the organisation department, the committee, the three offices and appraisal
 * teams whose members live in another team's share (回避). {@link #roster} is what
 * {@code POST /api/roster} imports.
 */
public final class Province {

  public record Cadre(String code, String name, String unitCode, boolean principal) {}

  public record Unit(String code, String name, String category, String parentCode, int team, List<Cadre> cadres) {}

  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
      + "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤亓禤仝佘";
  private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志成文斌海波宇浩然晨瑞博翔鹏飞辉林峰"
      + "婷雪琳颖慧佳欣怡德荣昌盛振兴安康宁远永福春秋晓东南北清源泽润喆堃昇玥珺";
  /** Rare characters (CJK extension B, outside the BMP) that names in real rosters carry. */
  private static final String[] RARE = {"𠀀", "𠮷", "𡒄", "𣲷", "𤭢", "𥻗"};
  private static final String PLACE_1 = "青锦江泸德绵广遂内乐南宜达雅巴资阿甘凉攀自眉华龙安兴平长永福宁";
  private static final String PLACE_2 = "川山阳州源城江安都溪水宁昌原林平定远化丰和泉";
  private static final String[] DEPARTMENTS = {"发展和改革委员会", "教育厅", "科学技术厅", "工业和信息化厅", "民族宗教事务委员会",
      "公安厅", "民政厅", "司法厅", "财政厅", "人力资源和社会保障厅", "自然资源厅", "生态环境厅", "住房和城乡建设厅", "交通运输厅",
      "水利厅", "农业农村厅", "商务厅", "文化和旅游厅", "卫生健康委员会", "退役军人事务厅", "应急管理厅", "审计厅", "国有资产监督管理委员会",
      "市场监督管理局", "广播电视局", "体育局", "统计局", "医疗保障局", "林业和草原局", "粮食和物资储备局"};
  private static final String[] INSTITUTIONS = {"社会科学院", "农业科学院", "地质调查院", "档案馆", "图书馆", "疾病预防控制中心"};
  private static final String[] ENTERPRISES = {"交通投资集团", "能源投资集团", "铁路产业投资集团", "机场集团", "文化旅游发展集团",
      "水务投资集团", "农业发展投资集团", "商业投资集团", "国有资产经营公司", "建设工程集团"};

  public final String prefix;
  public final long seed;
  public final List<Unit> units;
  public final List<String> teamMembers;
  public final String homeUnit;
  public final String orgDept;
  public final String committee;
  public final Map<String, String> offices; // office code → its user

  private Province(String prefix, long seed, List<Unit> units, List<String> teamMembers) {
    this.prefix = prefix;
    this.seed = seed;
    this.units = units;
    this.teamMembers = teamMembers;
    this.homeUnit = prefix + "-home";
    this.orgDept = prefix + "-od";
    this.committee = prefix + "-pc";
    this.offices = Map.of("DISCIPLINE", prefix + "-disc", "AUDIT", prefix + "-aud", "PETITIONS", prefix + "-pet");
  }

  /**
   * {@code cadres} spread over {@code unitCount} teams of 8–25 (as even as the size allows, then at
   * random); one appraisal team per 15 units (at least two), each member outside their share.
   */
  public static Province generate(String prefix, long seed, int unitCount, int cadres) {
    if (unitCount < 2 || cadres < unitCount) {
      throw new IllegalArgumentException("at least 2 units and a cadre per unit: " + unitCount + " units, " + cadres + " cadres");
    }
    Random random = new Random(seed);
    int[] sizes = teamSizes(random, unitCount, cadres);
    int teams = Math.max(2, (unitCount + 14) / 15);
    List<Integer> placeOrder = new ArrayList<>();
    for (int i = 0; i < PLACE_1.length() * PLACE_2.length(); i++) {
      placeOrder.add(i);
    }
    Collections.shuffle(placeOrder, random);
    Set<String> names = new HashSet<>();
    List<Unit> units = new ArrayList<>();
    String lastCity = null;
    String lastCityPlace = null;
    int place = 0;
    int department = 0;
    int institution = 0;
    int enterprise = 0;
    for (int u = 0; u < unitCount; u++) {
      // cities and their counties first, then the province's departments, institutions and enterprises
      int share = u * 20 / unitCount;
      String code = String.format("%s-u%03d", prefix, u + 1);
      String category;
      String name;
      String parent = null;
      if (share < 3 || lastCity == null && share < 11) {
        category = "CITY";
        lastCityPlace = place(placeOrder.get(place++));
        name = lastCityPlace + "市委";
        lastCity = code;
      } else if (share < 11) {
        category = random.nextInt(4) == 0 ? "POOR_COUNTY" : "COUNTY";
        name = lastCityPlace + "市" + place(placeOrder.get(place++)) + (random.nextBoolean() ? "县委" : "区委");
        parent = lastCity;
        if (random.nextInt(4) == 0) {
          lastCity = null; // the next unit starts another city
        }
      } else if (share < 17) {
        category = "DEPARTMENT";
        name = "省" + DEPARTMENTS[department % DEPARTMENTS.length] + (department >= DEPARTMENTS.length ? "（" + (department / DEPARTMENTS.length + 1) + "）" : "");
        department++;
      } else if (share < 18) {
        category = "PUBLIC_INSTITUTION";
        name = "省" + INSTITUTIONS[institution % INSTITUTIONS.length] + (institution >= INSTITUTIONS.length ? "（" + (institution / INSTITUTIONS.length + 1) + "）" : "");
        institution++;
      } else {
        category = "STATE_OWNED_ENTERPRISE";
        name = "省" + ENTERPRISES[enterprise % ENTERPRISES.length] + (enterprise >= ENTERPRISES.length ? "（" + (enterprise / ENTERPRISES.length + 1) + "）" : "");
        enterprise++;
      }
      if (!names.add(name)) {
        throw new IllegalStateException("two units named " + name);
      }
      List<Cadre> cadreList = new ArrayList<>();
      for (int k = 0; k < sizes[u]; k++) {
        cadreList.add(new Cadre(String.format("%s-k%02d", code, k + 1), personName(random), code, k == 0));
      }
      units.add(new Unit(code, name, category, parent, u % teams, List.copyOf(cadreList)));
    }
    List<String> members = new ArrayList<>();
    for (int t = 0; t < teams; t++) {
      members.add(String.format("%s-tm%02d", prefix, t + 1));
    }
    return new Province(prefix, seed, List.copyOf(units), List.copyOf(members));
  }

  private static int[] teamSizes(Random random, int units, int cadres) {
    int[] sizes = new int[units];
    int base = Math.min(8, cadres / units);
    java.util.Arrays.fill(sizes, base);
    int left = cadres - base * units;
    int cap = Math.max(25, (cadres + units - 1) / units);
    while (left > 0) {
      int u = random.nextInt(units);
      if (sizes[u] < cap) {
        sizes[u]++;
        left--;
      }
    }
    return sizes;
  }

  private static String place(int index) {
    return "" + PLACE_1.charAt(index / PLACE_2.length()) + PLACE_2.charAt(index % PLACE_2.length());
  }

  private static String personName(Random random) {
    StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
    int given = random.nextInt(10) < 7 ? 2 : 1;
    for (int i = 0; i < given; i++) {
      if (random.nextInt(40) == 0) {
        name.append(RARE[random.nextInt(RARE.length)]);
      } else {
        name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
      }
    }
    return name.toString();
  }

  public int cadreCount() {
    return units.stream().mapToInt(u -> u.cadres().size()).sum();
  }

  public List<Cadre> cadres() {
    return units.stream().flatMap(u -> u.cadres().stream()).toList();
  }

  public Unit unitByName(String name) {
    return units.stream().filter(u -> u.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no unit named " + name));
  }

  /** The member of the team that appraises {@code unit}. */
  public String memberFor(Unit unit) {
    return teamMembers.get(unit.team());
  }

  /** The user who acts for a candidate group in this province. */
  public String userOfGroup(String group) {
    return switch (group) {
      case "org-dept" -> orgDept;
      case "party-committee" -> committee;
      case "discipline" -> offices.get("DISCIPLINE");
      case "audit" -> offices.get("AUDIT");
      case "petitions" -> offices.get("PETITIONS");
      default -> throw new IllegalArgumentException("no user of group " + group + " in the province");
    };
  }

  /** The body of {@code POST /api/roster}: units (parents first), cadres, staff; everyone with {@code password}. */
  public Map<String, Object> roster(String password) {
    List<Map<String, Object>> unitRows = new ArrayList<>();
    List<Map<String, Object>> cadreRows = new ArrayList<>();
    List<Map<String, Object>> staffRows = new ArrayList<>();
    unitRows.add(Map.of("code", homeUnit, "name", "省委组织部（" + prefix + "）", "category", "DEPARTMENT"));
    int n = 0;
    for (Unit unit : units) {
      Map<String, Object> row = new LinkedHashMap<>(Map.of("code", unit.code(), "name", unit.name(), "category", unit.category()));
      if (unit.parentCode() != null) {
        row.put("parentCode", unit.parentCode());
      }
      unitRows.add(row);
      for (Cadre cadre : unit.cadres()) {
        n++;
        cadreRows.add(Map.of("code", cadre.code(), "name", cadre.name(), "position", position(unit, cadre.principal()),
            "role", cadre.principal() ? "PRINCIPAL" : "DEPUTY", "unitCode", unit.code(), "userId", cadre.code(),
            "birthDate", String.format("19%02d-%02d-%02d", 62 + n % 28, 1 + n % 12, 1 + n % 28), "initialPassword", password));
      }
    }
    staffRows.add(staff(orgDept, "组织部干部考核处", homeUnit, "org-dept", password));
    staffRows.add(staff(committee, "党委审定", homeUnit, "party-committee", password));
    staffRows.add(staff(offices.get("DISCIPLINE"), "纪检监察", homeUnit, "discipline", password));
    staffRows.add(staff(offices.get("AUDIT"), "审计", homeUnit, "audit", password));
    staffRows.add(staff(offices.get("PETITIONS"), "信访", homeUnit, "petitions", password));
    for (int t = 0; t < teamMembers.size(); t++) {
      // lives in a unit of the next team's share: never appraises their own unit (回避)
      int next = (t + 1) % teamMembers.size();
      String home = units.stream().filter(u -> u.team() == next).findFirst().orElseThrow().code();
      staffRows.add(staff(teamMembers.get(t), "考核组成员" + (t + 1), home, "appraisal-team", password));
    }
    return Map.of("units", unitRows, "cadres", cadreRows, "staff", staffRows);
  }

  /** The round's appraisal teams as {@code POST /api/campaigns} takes them. */
  public List<Map<String, Object>> appraisalTeams() {
    List<Map<String, Object>> teams = new ArrayList<>();
    for (int t = 0; t < teamMembers.size(); t++) {
      int team = t;
      teams.add(Map.of("name", "第" + (t + 1) + "考核组", "members", List.of(teamMembers.get(t)),
          "unitCodes", units.stream().filter(u -> u.team() == team).map(Unit::code).toList()));
    }
    return teams;
  }

  private static String position(Unit unit, boolean principal) {
    return switch (unit.category()) {
      case "CITY", "COUNTY", "POOR_COUNTY" -> principal ? "书记" : "副书记";
      case "STATE_OWNED_ENTERPRISE" -> principal ? "董事长" : "副总经理";
      case "PUBLIC_INSTITUTION" -> principal ? "院长" : "副院长";
      default -> principal ? "厅长" : "副厅长";
    };
  }

  private static Map<String, Object> staff(String userId, String name, String home, String group, String password) {
    return Map.of("userId", userId, "name", name, "homeUnitCode", home, "groups", List.of(group), "initialPassword", password);
  }
}
