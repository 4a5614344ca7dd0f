package cn.cadre.appraisal.organisation;

import cn.cadre.appraisal.organisation.Roster.Sheet;
import cn.cadre.appraisal.shared.AppraisalGroup;
import cn.cadre.appraisal.spreadsheet.Sheets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The roster's columns as users fill them in — meaning, whether required, what is allowed, an
 * example — and the .xlsx template made from them: a sheet per part with its header and an example
 * row, and a 填写说明 sheet (ignored on import). docs/roster.md says the same in prose.
 */
public final class RosterTemplate {

  /** One column of a roster sheet. */
  public record Column(String field, String meaning, boolean required, String allowed, String example) {}

  private static final String KEY = "字母、数字和 _ . -";

  public static final Map<Sheet, List<Column>> COLUMNS = columns();

  private RosterTemplate() {}

  private static Map<Sheet, List<Column>> columns() {
    Map<Sheet, List<Column>> columns = new LinkedHashMap<>();
    columns.put(Sheet.UNITS, List.of(
        new Column("code", "单位编码（唯一，再次导入时按它更新）", true, KEY, "qs-edu"),
        new Column("name", "单位名称", true, "不超过200字", "青石县教育局"),
        new Column("category", "单位类别", true, Arrays.stream(UnitCategory.values())
            .map(c -> c.name() + "（" + c.label() + "）").collect(Collectors.joining("、")), "DEPARTMENT"),
        new Column("parentCode", "上级单位编码", false, "本表或已导入的单位编码", "")));
    columns.put(Sheet.CADRES, List.of(
        new Column("code", "干部编码（唯一）", true, KEY, "qs-edu-01"),
        new Column("name", "姓名", true, "不超过100字，生僻字可直接填写", "张𠀀"),
        new Column("position", "职务", true, "不超过200字", "局长"),
        new Column("role", "班子中的职责", true, "PRINCIPAL（正职）、DEPUTY（副职）", "PRINCIPAL"),
        new Column("unitCode", "所在单位编码", true, "本表或已导入的单位编码", "qs-edu"),
        new Column("userId", "登录用户名", true, KEY + "；不能与工作人员相同", "zhangsan"),
        new Column("birthDate", "出生日期", false, "yyyy-MM-dd", "1975-03-01"),
        new Column("email", "电子邮箱", false, "用于接收催办、督办、待办汇总和通知邮件；留空则只在系统内提醒", "zhangsan@example.gov.cn"),
        new Column("initialPassword", "初始密码", false, "只能由系统管理员填写（测试或服务账户）；留空则导入后获得一次性密码", "")));
    columns.put(Sheet.STAFF, List.of(
        new Column("userId", "登录用户名（唯一）", true, KEY + "；不能与干部相同", "liming"),
        new Column("name", "姓名", true, "不超过100字", "李明"),
        new Column("homeUnitCode", "本单位编码（回避本单位的考核）", true, "本表或已导入的单位编码", "qs-edu"),
        new Column("groups", "用户组，可填多个，用逗号或、分隔", true, Arrays.stream(AppraisalGroup.values())
            .filter(g -> g != AppraisalGroup.CADRE).map(g -> g.id() + "（" + g.displayName() + "）")
            .collect(Collectors.joining("、")) + "，及各办公室的用户组", "appraisal-team"),
        new Column("officeHead", "是否办公室负责人", false, "是 或 否（默认否）；办公室的任务逾期升级督办时告知负责人", "否"),
        new Column("email", "电子邮箱", false, "用于接收催办、督办、待办汇总和通知邮件；留空则只在系统内提醒", "liming@example.gov.cn"),
        new Column("initialPassword", "初始密码", false, "只能由系统管理员填写；留空则导入后获得一次性密码", "")));
    return columns;
  }

  /** The template: 单位, 干部, 工作人员 with their headers and an example row each, then 填写说明. */
  public static byte[] workbook() {
    List<Sheet> parts = List.copyOf(COLUMNS.keySet());
    return Sheets.write(parts.get(0).chineseName(), parts.get(0).fields(), sheet -> example(sheet, parts.get(0)),
        workbook -> {
          for (Sheet part : parts.subList(1, parts.size())) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet(part.chineseName());
            Sheets.values(sheet.createRow(0), part.fields().toArray());
            example(sheet, part);
          }
          explanation(workbook);
        });
  }

  private static void example(org.apache.poi.ss.usermodel.Sheet sheet, Sheet part) {
    Sheets.values(sheet.createRow(1), COLUMNS.get(part).stream().map(c -> c.example().isEmpty() ? null : c.example()).toArray());
  }

  private static void explanation(Workbook workbook) {
    org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("填写说明");
    Sheets.values(sheet.createRow(0), "表", "列名", "含义", "必填", "允许的值或格式", "示例");
    int r = 1;
    for (Map.Entry<Sheet, List<Column>> part : COLUMNS.entrySet()) {
      for (Column c : part.getValue()) {
        Sheets.values(sheet.createRow(r++), part.getKey().chineseName(), c.field(), c.meaning(), c.required() ? "是" : "否",
            c.allowed(), c.example());
      }
    }
    Sheets.values(sheet.createRow(r + 1), "说明", "每张表第1行为列名（保持英文列名不变），从第2行起每行一条；示例行请替换为实际数据。"
        + "再次导入时按编码更新；任何一行有误则整份花名册都不导入，并按行列出问题。本表导入时被忽略。");
  }
}
