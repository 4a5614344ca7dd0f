package cn.cadre.appraisal.notice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A stored notice as a Word document, for an organisation that finishes its documents in Word before
 * sealing them: the same text and document number, read from the notice's HTML, in the layout of
 * GB/T 9704 (A4, the standard's margins and line pitch, the red masthead and rule, the title, the
 * signature and date, the 版记, page numbers "— 1 —" on the outer side). The faces are those an
 * office PC has (宋体, 仿宋); a notice stored before the layout comes out as its paragraphs.
 */
@Component
public class NoticeDocx {

  /** Twentieths of a point per millimetre, Word's unit of length. */
  private static final double TWIPS_PER_MM = 1440 / 25.4;
  /** 22 lines in the 225 mm type area. */
  private static final double LINE_PT = 28.95;
  private static final int TYPE_AREA_TWIPS = mm(156);
  private static final String SONG = "宋体";
  private static final String FANGSONG = "仿宋";
  private static final String RED = "FF0000";

  public byte[] render(String html) {
    Document notice = NoticePdf.parse(html);
    Element body = first(notice.getDocumentElement(), "body");
    boolean letter = body != null && "letter".equals(body.getAttribute("class"));
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      page(doc, letter);
      if (body != null) {
        for (Element part : children(body)) {
          part(doc, part, letter);
        }
      }
      pageNumbers(doc, letter);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Notice .docx could not be written", e);
    }
  }

  private static void part(XWPFDocument doc, Element part, boolean letter) {
    String kind = part.getAttribute("class");
    switch (part.getTagName()) {
      case "div" -> {
        switch (kind) {
          case "head" -> children(part).forEach(e -> headPart(doc, e, letter));
          case "text", "ending" -> children(part).forEach(e -> {
            if ("div".equals(e.getTagName())) {
              part(doc, e, letter);
            } else {
              textPart(doc, e);
            }
          });
          case "signature" -> signature(doc, part);
          case "colophon" -> colophon(doc, part);
          default -> children(part).forEach(e -> part(doc, e, letter));
        }
      }
      case "h1" -> {
        XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER, letter ? LINE_PT : 2 * LINE_PT);
        title.setSpacingBetween(1.4, LineSpacingRule.AUTO);
        run(title, part.getTextContent().strip(), SONG, 22, false, null);
      }
      default -> textPart(doc, part);
    }
  }

  private static void headPart(XWPFDocument doc, Element e, boolean letter) {
    String kind = e.getAttribute("class");
    switch (kind) {
      case "masthead" -> {
        XWPFParagraph masthead = paragraph(doc, ParagraphAlignment.CENTER, letter ? 0 : 35 / 25.4 * 72);
        masthead.setSpacingBetween(1.2, LineSpacingRule.AUTO);
        String text = e.getTextContent().strip();
        run(masthead, text, SONG, Math.min(36, 430 / Math.max(text.length(), 1)), false, RED);
      }
      case "number" -> run(paragraph(doc, letter ? ParagraphAlignment.RIGHT : ParagraphAlignment.CENTER,
          letter ? 0 : 2 * LINE_PT), e.getTextContent().strip(), FANGSONG, 16, false, null);
      case "red-rule", "letter-rule" -> {
        XWPFParagraph rule = paragraph(doc, ParagraphAlignment.CENTER, 0);
        rule.setSpacingBetween(4, LineSpacingRule.EXACT);
        rule.setBorderBottom("letter-rule".equals(kind) ? Borders.THIN_THICK_SMALL_GAP : Borders.SINGLE);
        rule.getCTP().getPPr().getPBdr().getBottom().setColor(RED);
        rule.getCTP().getPPr().getPBdr().getBottom().setSz(BigInteger.valueOf(12));
      }
      default -> textPart(doc, e);
    }
  }

  /** A paragraph of the text (its bold parts bold) or a table of it. */
  private static void textPart(XWPFDocument doc, Element e) {
    if ("table".equals(e.getTagName())) {
      table(doc, e);
      return;
    }
    XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH, 0);
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      boolean bold = n instanceof Element inline && ("strong".equals(inline.getTagName()) || "b".equals(inline.getTagName()));
      String text = n.getTextContent();
      if (!text.isEmpty()) {
        run(p, text.replace('\n', ' '), FANGSONG, 16, bold, null);
      }
    }
  }

  private static void table(XWPFDocument doc, Element table) {
    java.util.List<Element> rows = new java.util.ArrayList<>();
    collect(table, "tr", rows);
    if (rows.isEmpty()) {
      return;
    }
    XWPFTable t = doc.createTable(rows.size(), children(rows.get(0)).size());
    t.setWidth("100%");
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableRow row = t.getRow(r);
      java.util.List<Element> cells = children(rows.get(r));
      for (int c = 0; c < cells.size() && c < row.getTableCells().size(); c++) {
        XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, cells.get(c).getTextContent().strip(), FANGSONG, 14, "th".equals(cells.get(c).getTagName()), null);
      }
    }
  }

  /** 发文机关署名 over 成文日期, four characters from the right, with the seal's place left blank above. */
  private static void signature(XWPFDocument doc, Element signature) {
    java.util.List<Element> lines = new java.util.ArrayList<>();
    collect(signature, "p", lines);
    for (int i = 0; i < lines.size(); i++) {
      XWPFParagraph p = paragraph(doc, ParagraphAlignment.RIGHT, i == 0 ? 2 * LINE_PT : 0);
      p.setIndentationRight(64 * 20);
      run(p, lines.get(i).getTextContent().strip(), FANGSONG, 16, false, null);
    }
  }

  /** 版记: 抄送 and 印发机关 / 印发日期 between rules (thick at the ends, thin between), in 4号. */
  private static void colophon(XWPFDocument doc, Element colophon) {
    java.util.List<Element> lines = new java.util.ArrayList<>();
    collect(colophon, "p", lines);
    for (int i = 0; i < lines.size(); i++) {
      Element line = lines.get(i);
      XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT, i == 0 ? 2 * LINE_PT : 0);
      p.setIndentationLeft(14 * 20);
      p.setIndentationRight(14 * 20);
      if (i == 0) {
        p.setBorderTop(Borders.SINGLE);
        p.getCTP().getPPr().getPBdr().getTop().setSz(BigInteger.valueOf(8));
      }
      p.setBorderBottom(Borders.SINGLE);
      p.getCTP().getPPr().getPBdr().getBottom().setSz(BigInteger.valueOf(i == lines.size() - 1 ? 8 : 6));
      java.util.List<Element> spans = children(line);
      if ("printed".equals(line.getAttribute("class")) && spans.size() == 2) {
        CTTabStop tab = p.getCTP().getPPr().addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(TYPE_AREA_TWIPS - 2 * 14 * 20));
        run(p, spans.get(0).getTextContent().strip(), FANGSONG, 14, false, null);
        p.createRun().addTab();
        run(p, spans.get(1).getTextContent().strip(), FANGSONG, 14, false, null);
      } else {
        run(p, line.getTextContent().strip(), FANGSONG, 14, false, null);
      }
    }
  }

  /** A4 and the standard's margins: 37 mm top (30 mm for a letter), 28 mm left, type area 156 × 225 mm. */
  private static void page(XWPFDocument doc, boolean letter) {
    CTSectPr section = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(mm(210)));
    size.setH(BigInteger.valueOf(mm(297)));
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(mm(letter ? 30 : 37)));
    margins.setLeft(BigInteger.valueOf(mm(28)));
    margins.setRight(BigInteger.valueOf(mm(26)));
    margins.setBottom(BigInteger.valueOf(mm(35)));
    margins.setFooter(BigInteger.valueOf(mm(28)));
  }

  /** "— 1 —" in 4号 宋体: odd pages on the right, even on the left; a letter's first page has none. */
  private static void pageNumbers(XWPFDocument doc, boolean letter) {
    doc.setEvenAndOddHeadings(true);
    pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
    pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    if (letter) {
      doc.createFooter(HeaderFooterType.FIRST);
    }
  }

  private static void pageNumber(XWPFFooter footer, ParagraphAlignment side) {
    XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
    p.setAlignment(side);
    if (side == ParagraphAlignment.RIGHT) {
      p.setIndentationRight(14 * 20);
    } else {
      p.setIndentationLeft(14 * 20);
    }
    run(p, "— ", SONG, 14, false, null);
    p.getCTP().addNewFldSimple().setInstr("PAGE");
    run(p, " —", SONG, 14, false, null);
  }

  private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment, double spaceBeforePt) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(alignment);
    p.setSpacingBetween(LINE_PT, LineSpacingRule.EXACT);
    p.setSpacingAfter(0);
    p.setSpacingBefore((int) Math.round(spaceBeforePt * 20));
    return p;
  }

  private static void run(XWPFParagraph p, String text, String font, int sizePt, boolean bold, String colour) {
    XWPFRun run = p.createRun();
    run.setText(text);
    run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
    run.setFontFamily(font, XWPFRun.FontCharRange.ascii);
    run.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
    run.setFontSize(sizePt);
    run.setBold(bold);
    if (colour != null) {
      run.setColor(colour);
    }
  }

  private static int mm(double millimetres) {
    return (int) Math.round(millimetres * TWIPS_PER_MM);
  }

  private static Element first(Element parent, String tag) {
    NodeList found = parent.getElementsByTagName(tag);
    return found.getLength() == 0 ? null : (Element) found.item(0);
  }

  private static java.util.List<Element> children(Element parent) {
    java.util.List<Element> children = new java.util.ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        children.add(e);
      }
    }
    return children;
  }

  private static void collect(Element parent, String tag, java.util.List<Element> into) {
    NodeList found = parent.getElementsByTagName(tag);
    for (int i = 0; i < found.getLength(); i++) {
      into.add((Element) found.item(i));
    }
  }
}
