package cn.cadre.appraisal.ballot;

import cn.cadre.appraisal.campaign.BallotWindow;
import cn.cadre.appraisal.campaign.CampaignService;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The printable sheet of ballot tokens for an evaluation meeting: one slip per token with the code
 * and a QR code that opens the ballot page with the code filled in. Cut apart and hand out.
 */
@Component
public class BallotTokenSheet {

  private final Configuration freemarker;
  private final CampaignService campaigns;

  public BallotTokenSheet(Configuration freemarker, CampaignService campaigns) {
    this.freemarker = freemarker;
    this.campaigns = campaigns;
  }

  @org.springframework.transaction.annotation.Transactional(readOnly = true)
  public String html(Long campaignId, String unitCode, List<String> codes, String baseUrl) {
    BallotWindow window = campaigns.ballotWindow(campaignId, unitCode);
    String base = baseUrl == null || baseUrl.isBlank() ? "" : baseUrl.replaceAll("/+$", "");
    List<Map<String, String>> slips = new ArrayList<>();
    for (String code : codes) {
      String link = base + "/ballot?token=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
      slips.add(Map.of("code", code, "link", link, "qr", qrSvg(link)));
    }
    Map<String, Object> model = new HashMap<>();
    model.put("year", window.year());
    model.put("unitName", window.unit().getName());
    model.put("slips", slips);
    try {
      StringWriter out = new StringWriter();
      freemarker.getTemplate("ballot/token-sheet.ftlh").process(model, out);
      return out.toString();
    } catch (IOException | TemplateException e) {
      throw new IllegalStateException("Ballot token sheet failed: " + e.getMessage(), e);
    }
  }

  /** The QR code as inline SVG: one path of unit squares, crisp at any print size. */
  static String qrSvg(String text) {
    try {
      BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 1));
      StringBuilder path = new StringBuilder();
      for (int y = 0; y < matrix.getHeight(); y++) {
        for (int x = 0; x < matrix.getWidth(); x++) {
          if (matrix.get(x, y)) {
            path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
          }
        }
      }
      return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
          + "\" width=\"110\" height=\"110\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
          + "<path d=\"" + path + "\" fill=\"#000\"/></svg>";
    } catch (WriterException e) {
      throw new IllegalStateException("QR code failed for " + text, e);
    }
  }
}
