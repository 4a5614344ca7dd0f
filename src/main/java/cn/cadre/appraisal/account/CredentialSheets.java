package cn.cadre.appraisal.account;

import cn.cadre.appraisal.settings.AppraisalSettings;
import cn.cadre.appraisal.organisation.RosterReport.Credential;
import cn.cadre.appraisal.spreadsheet.Sheets;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * New users' one-time passwords as what the organisation department hands out: a spreadsheet for
 * its own list, or printable slips (one per person, to seal). Made once, from the import's answer.
 */
@Component
public class CredentialSheets {

  static final List<String> HEADER = List.of("用户名", "姓名", "一次性密码");

  private final Configuration freemarker;
  private final int minLength;

  CredentialSheets(Configuration freemarker, AppraisalSettings settings) {
    this.freemarker = freemarker;
    this.minLength = settings.accounts().passwordMinLength();
  }

  public byte[] xlsx(List<Credential> credentials) {
    return Sheets.write("一次性密码", HEADER, sheet -> {
      int n = 1;
      for (Credential c : credentials) {
        Sheets.values(sheet.createRow(n++), c.userId(), c.name(), c.oneTimePassword());
      }
      sheet.setColumnWidth(0, 18 * 256);
      sheet.setColumnWidth(2, 18 * 256);
    });
  }

  public String slips(List<Credential> credentials) {
    try {
      StringWriter out = new StringWriter();
      List<Map<String, String>> slips = credentials.stream()
          .map(c -> Map.of("userId", c.userId(), "name", c.name(), "oneTimePassword", c.oneTimePassword())).toList();
      freemarker.getTemplate("account/credential-slips.ftlh").process(Map.of("slips", slips, "minLength", minLength), out);
      return out.toString();
    } catch (IOException | TemplateException e) {
      throw new IllegalStateException("Credential slips failed: " + e.getMessage(), e);
    }
  }
}
