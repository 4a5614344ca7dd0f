package cn.cadre.appraisal.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Every notice as a Word document, read back with POI: the recorded title, number and text, A4 with
 * GB/T 9704's margins, the red masthead, page numbers in the footers (none on a letter's first page).
 */
class NoticeDocxTest {

  static NoticeDocx docx;

  @BeforeAll
  static void setUp() throws Exception {
    NoticePdfTest.setUp();
    docx = new NoticeDocx();
  }

  @ParameterizedTest
  @EnumSource(NoticeType.class)
  void everyNoticeBecomesAWordDocumentInTheStandardsLayout(NoticeType type) throws Exception {
    Map<String, Object> model = NoticePdfTest.sample(type, "张三丰");
    byte[] bytes = docx.render(NoticePdfTest.html(type, model));
    Files.write(NoticePdfTest.SAMPLES.resolve(type.template().substring("notices/".length()).replace(".ftlh", ".docx")),
        bytes);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"))
          + doc.getTables().stream().map(t -> t.getText()).collect(Collectors.joining("\n"));
      assertThat(text).contains("中共示范县委组织部" + (type.letter() ? "" : "文件"), "示组" + type.numberCode() + "〔2026〕1号",
          type.title(), "张三丰", "2026年1月15日");
      if (!type.letter()) {
        assertThat(text).contains("2026年1月15日印发");
      }
      // the signature and its date are paragraphs of their own, on the right
      assertThat(doc.getParagraphs()).filteredOn(p -> p.getText().equals("2026年1月15日"))
          .singleElement().satisfies(p -> assertThat(p.getAlignment()).isEqualTo(
              org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT));
      XWPFRun masthead = doc.getParagraphs().get(0).getRuns().get(0);
      assertThat(masthead.getColor()).isEqualTo("FF0000");
      assertThat(masthead.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("宋体");

      CTSectPr section = doc.getDocument().getBody().getSectPr();
      assertThat(((BigInteger) section.getPgSz().getW()).intValue()).isEqualTo(11906);
      assertThat(((BigInteger) section.getPgSz().getH()).intValue()).isEqualTo(16838);
      CTPageMar margins = section.getPgMar();
      assertThat(((BigInteger) margins.getTop()).intValue()).isEqualTo(type.letter() ? 1701 : 2098);
      assertThat(((BigInteger) margins.getLeft()).intValue()).isEqualTo(1587);

      assertThat(doc.getFooterList()).isNotEmpty();
      XWPFFooter odd = doc.getHeaderFooterPolicy().getDefaultFooter();
      assertThat(odd.getParagraphs().get(0).getCTP().getFldSimpleList()).extracting(f -> f.getInstr().strip())
          .containsExactly("PAGE");
      assertThat(doc.getHeaderFooterPolicy().getEvenPageFooter()).isNotNull();
      if (type.letter()) {
        assertThat(doc.getHeaderFooterPolicy().getFirstPageFooter().getText()).isBlank();
      }
    }
  }

  /** A notice stored before the layout still opens: its paragraphs, in order. */
  @Test
  void aNoticeStoredBeforeTheLayoutComesOutAsItsParagraphs() throws Exception {
    String stored = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/><title>年度考核结果通知书</title></head>"
        + "<body><h1>年度考核结果通知书</h1><p class=\"number\">示组考〔2025〕7号</p><p>李四同志：</p>"
        + "<p>　　您2025年度考核等次确定为：<strong>优秀</strong>。</p><p class=\"signature\">中共示范县委组织部<br/>2025年12月30日</p>"
        + "</body></html>";
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.render(stored)))) {
      assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).containsSubsequence("年度考核结果通知书",
          "示组考〔2025〕7号", "李四同志：", "　　您2025年度考核等次确定为：优秀。", "中共示范县委组织部2025年12月30日");
      assertThat(doc.getParagraphs().get(3).getRuns()).filteredOn(XWPFRun::isBold).extracting(XWPFRun::text)
          .containsExactly("优秀");
    }
  }
}
