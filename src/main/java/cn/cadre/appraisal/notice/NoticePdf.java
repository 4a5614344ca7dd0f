package cn.cadre.appraisal.notice;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.logging.Level;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns a stored notice (the HTML its template produced) into an A4 PDF that embeds the CJK font
 * the application carries, so the Chinese prints on any machine.
 *
 * <p>The notice templates write well-formed XHTML (FreeMarker's HTML escaping only produces XML
 * entities), so the HTML is parsed as XML, as openhtmltopdf requires. The A4 page is set here and
 * not in the templates, so notices stored before still come out on A4. The PDF is written as
 * PDF/A-2u (archival; the font embedded, the text extractable as Unicode).
 */
@Component
public class NoticePdf {

  /** The family name the notice templates ask for in their CSS: Chinese, but no Latin letters or digits. */
  static final String FONT_FAMILY = "Droid Sans Fallback";
  static final String FONT_RESOURCE = "/fonts/DroidSansFallbackFull.ttf";
  /** The Song face of the masthead, the title and the page numbers (GB/T 9704: 小标宋, 宋体). */
  static final String SONG_FAMILY = "AR PL SungtiL GB";
  static final String SONG_RESOURCE = "/fonts/gbsn00lp.ttf";
  /** The face of the text: a Kai face standing in for 仿宋, which no freely licensed font offers. */
  static final String TEXT_FAMILY = "AR PL KaitiM GB";
  static final String TEXT_RESOURCE = "/fonts/gkai00mp.ttf";
  /** Takes every character the templates' fonts lack (digits, Latin, … □), whatever the CSS asks for. */
  static final String FALLBACK_FAMILY = "DejaVu Sans";
  static final String FALLBACK_RESOURCE = "/fonts/DejaVuSans.ttf";

  /**
   * The ideographs of the supplementary planes (CJK Extensions B–F, such as 𠀀 U+20000 or 𨱏 U+28C4F,
   * found in some names), which Droid Sans Fallback lacks. 30 MB: read from the classpath only for a
   * notice that has such a character, and only the glyphs used are embedded.
   */
  static final String SUPPLEMENTARY_FAMILY = "HanaMinB";
  static final String SUPPLEMENTARY_RESOURCE = "/fonts/HanaMinB.ttf";

  /** Printed for a character no font has a glyph for: □ is how Chinese print marks a missing character. */
  static final String MISSING_GLYPH = "□";

  /**
   * The page of a notice stored before the standard's layout (its HTML has no @page rule): A4, its
   * screen margin giving way to the page margin. A notice of the layout sets its own page.
   */
  private static final String PAGE_CSS = "@page { size: A4; margin: 2.5cm; } body { margin: 0; }";

  /** Characters XML 1.0 does not allow (control characters pasted into a text), dropped before parsing. */
  private static final Pattern NOT_XML = Pattern.compile(
      "[^\\x{9}\\x{A}\\x{D}\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

  private final byte[] font = resource(FONT_RESOURCE);
  private final byte[] fallbackFont = resource(FALLBACK_RESOURCE);
  private final byte[] songFont = resource(SONG_RESOURCE);
  private final byte[] textFont = resource(TEXT_RESOURCE);
  private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
  /** The organisation's seal as a data URI, or null: its place is left blank (the default). */
  private final String seal;

  /** Notices with the seal's place left blank. */
  public NoticePdf() {
    this((byte[]) null);
  }

  /** A seal image only if the organisation configured one (appraisal.notices.seal-image). */
  @org.springframework.beans.factory.annotation.Autowired
  public NoticePdf(cn.cadre.appraisal.settings.AppraisalSettings settings) {
    this(sealImage(settings.notices().sealImage()));
  }

  NoticePdf(byte[] sealPng) {
    this.seal = sealPng == null ? null : "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(sealPng);
  }

  /** The configured seal, read once at start; a missing or non-PNG file stops the start with the setting's name. */
  private static byte[] sealImage(String path) {
    if (path == null || path.isBlank()) {
      return null;
    }
    try {
      byte[] png = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(path));
      if (png.length < 8 || (png[0] & 0xFF) != 0x89 || png[1] != 'P' || png[2] != 'N' || png[3] != 'G') {
        throw new IllegalStateException("appraisal.notices.seal-image: " + path + " is not a PNG image");
      }
      return png;
    } catch (IOException e) {
      throw new IllegalStateException("appraisal.notices.seal-image: " + path + " cannot be read: " + e.getMessage(), e);
    }
  }

  static {
    XRLog.setLoggerImpl(new Slf4jXRLogger());
  }

  /** A font the application carries, read once from the classpath (the fat jar too). */
  private static byte[] resource(String path) {
    try (InputStream in = NoticePdf.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Font " + path + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Font " + path + " cannot be read", e);
    }
  }

  /** The notice's HTML as a PDF document. */
  public byte[] render(String html) {
    Document document = parse(html);
    if (!html.contains("@page")) {
      addPageStyle(document);
    }
    if (seal != null) {
      addSeal(document);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      // PDF/A keeps every font embedded: without it the renderer adds PDF's unembedded standard fonts
      builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
      builder.useColorProfile(srgb);
      builder.useFont(() -> new ByteArrayInputStream(font), FONT_FAMILY);
      builder.useFont(() -> new ByteArrayInputStream(songFont), SONG_FAMILY);
      builder.useFont(() -> new ByteArrayInputStream(textFont), TEXT_FAMILY);
      builder.useFont(() -> new ByteArrayInputStream(fallbackFont), FALLBACK_FAMILY, 400, FontStyle.NORMAL, true,
          EnumSet.of(FSFontUseCase.FALLBACK_PRE));
      if (html.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
        builder.useFont(() -> NoticePdf.class.getResourceAsStream(SUPPLEMENTARY_RESOURCE), SUPPLEMENTARY_FAMILY, 400,
            FontStyle.NORMAL, true, EnumSet.of(FSFontUseCase.FALLBACK_PRE));
      }
      builder.useReplacementText(MISSING_GLYPH);
      builder.withW3cDocument(document, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Notice PDF could not be written", e);
    }
    return out.toByteArray();
  }

  /** The stored notice as a DOM: well-formed XHTML, nothing outside it ever loaded. */
  static Document parse(String html) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      // <!DOCTYPE html> is allowed, but nothing outside the text is ever loaded
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setExpandEntityReferences(false);
      factory.setXIncludeAware(false);
      DocumentBuilder parser = factory.newDocumentBuilder();
      parser.setErrorHandler(new DefaultHandler()); // fails on errors, prints nothing
      return parser.parse(new InputSource(new StringReader(NOT_XML.matcher(html).replaceAll(""))));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    } catch (SAXException | IOException e) {
      throw new IllegalStateException("Notice HTML is not well-formed XHTML: " + e.getMessage(), e);
    }
  }

  /**
   * The configured seal, 42 mm across, centred on the signature block (发文机关署名 and 成文日期) as a
   * seal is pressed: a notice without the layout's signature block gets none.
   */
  private void addSeal(Document document) {
    org.w3c.dom.NodeList divs = document.getElementsByTagName("div");
    for (int i = 0; i < divs.getLength(); i++) {
      Element block = (Element) divs.item(i);
      if ("block".equals(block.getAttribute("class")) && block.getParentNode() instanceof Element parent
          && "signature".equals(parent.getAttribute("class"))) {
        block.setAttribute("style", "position: relative;");
        Element image = document.createElement("img");
        image.setAttribute("src", seal);
        image.setAttribute("alt", "印章");
        image.setAttribute("style", "position: absolute; left: 50%; top: 50%; width: 42mm; height: 42mm;"
            + " margin-left: -21mm; margin-top: -21mm;");
        block.appendChild(image);
      }
    }
  }

  /** Appends the page style to head, after the template's own, so it wins where both say something. */
  private static void addPageStyle(Document document) {
    Element root = document.getDocumentElement();
    Node head = root.getElementsByTagName("head").item(0);
    if (head == null) {
      head = root.insertBefore(document.createElement("head"), root.getFirstChild());
    }
    Element style = document.createElement("style");
    style.setTextContent(PAGE_CSS);
    head.appendChild(style);
  }

  /** openhtmltopdf logs to the console by default; this sends it to the application's log. */
  private static final class Slf4jXRLogger implements XRLogger {

    @Override
    public void log(String where, Level level, String msg) {
      log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
      Logger logger = LoggerFactory.getLogger(where);
      if (level.intValue() >= Level.SEVERE.intValue()) {
        logger.error(msg, th);
      } else if (level.intValue() >= Level.WARNING.intValue()) {
        logger.warn(msg, th);
      } else {
        logger.debug(msg, th); // its INFO says "loading font" on every notice
      }
    }

    @Override
    public void setLevel(String logger, Level level) {
      // levels are the application's logging configuration
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
      Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
      return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() || logger.isDebugEnabled();
    }
  }
}
