package cn.cadre.appraisal.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import freemarker.template.Configuration;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every notice template, filled in through FreeMarker as the application does, becomes an A4 PDF
 * whose Chinese text survives and whose font is embedded. Samples are left in target/notices/.
 */
class NoticePdfTest {

  static final Path SAMPLES = Path.of("target", "notices");
  static final String RARE = new String(Character.toChars(0x20000)); // 𠀀, outside the BMP

  static Configuration freemarker;
  static NoticePdf pdf;

  @BeforeAll
  static void setUp() throws IOException {
    freemarker = new Configuration(Configuration.VERSION_2_3_34);
    freemarker.setClassForTemplateLoading(NoticePdfTest.class, "/templates/");
    freemarker.setDefaultEncoding("UTF-8");
    pdf = new NoticePdf();
    Files.createDirectories(SAMPLES);
  }

  @Test
  void everyTemplateHasANoticeType() throws IOException {
    List<String> templates = new ArrayList<>();
    for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:/templates/notices/*.ftlh")) {
      templates.add("notices/" + r.getFilename());
    }
    assertThat(templates).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(NoticeType.values()).map(NoticeType::template).toList());
  }

  @ParameterizedTest
  @EnumSource(NoticeType.class)
  void everyNoticeBecomesAnA4PdfWithItsChineseTextAndTheFontEmbedded(NoticeType type) throws Exception {
    Map<String, Object> model = sample(type, "张三丰");
    byte[] bytes = pdf.render(html(type, model));
    Files.write(SAMPLES.resolve(type.template().substring("notices/".length()).replace(".ftlh", ".pdf")), bytes);

    assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(bytes)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      PDRectangle a4 = document.getPage(0).getMediaBox();
      assertThat(a4.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), offset(1f));
      assertThat(a4.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), offset(1f));

      String text = text(document);
      assertThat(text).contains(type.title(), "张三丰", "示范县教育局", "中共示范县委组织部", "2026年1月15日");
      switch (type) {
        case RESULT -> assertThat(text).contains("2026年度考核等次确定为：称职", "调查研究不够深入", "加强理论学习",
            "对考核结果有异议的，可按规定向组织部门提出");
        case TEAM_RESULT -> assertThat(text).contains("你单位领导班子2026年度考核等次确定为：好", "调查研究不够深入",
            "请班子主要负责同志（张三丰同志）");
        case SELF_REPORT_RECEIPT -> assertThat(text).contains("2026年度述职述廉报告已经考核组审核通过",
            "考核组意见：内容翔实，同意归档", "考核信息严格保密");
      }

      // the Chinese in Droid Sans Fallback, the digits in DejaVu Sans: both embedded, nothing else
      List<PDFont> fonts = fonts(document.getPage(0));
      assertThat(fonts).allSatisfy(font -> assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue());
      assertThat(fonts).extracting(font -> font.getName().replaceFirst("^[A-Z]{6}\\+", ""))
          .containsExactlyInAnyOrder("DroidSansFallback", "DejaVuSans");
    }
  }

  /**
   * Neither bundled font has a glyph for 𠀀 (U+20000, CJK Extension B, which Droid Sans Fallback lacks):
   * the notice still renders, and prints □ in its place, the mark Chinese print uses for a missing
   * character, so the name is visibly incomplete rather than silently shortened.
   */
  @Test
  void aNameWithACharacterOutsideTheFontStillRenders() throws Exception {
    assertThat(fontHasGlyph(NoticePdf.FONT_RESOURCE, 0x20000)).as("Droid Sans Fallback has U+20000").isFalse();
    assertThat(fontHasGlyph(NoticePdf.FALLBACK_RESOURCE, 0x20000)).as("DejaVu Sans has U+20000").isFalse();
    assertThat(fontHasGlyph(NoticePdf.FONT_RESOURCE, '王')).isTrue();

    byte[] bytes = pdf.render(html(NoticeType.RESULT, sample(NoticeType.RESULT, "王" + RARE)));
    Files.write(SAMPLES.resolve("result-rare-name.pdf"), bytes);
    try (PDDocument document = Loader.loadPDF(bytes)) {
      String text = text(document);
      assertThat(text).contains("年度考核结果通知书", "王" + NoticePdf.MISSING_GLYPH + "同志（示范县教育局局长）",
          "2026年度考核等次确定为：称职");
      assertThat(text).doesNotContain(RARE);
      assertThat(fonts(document.getPage(0))).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
    }
  }

  /** Why a second font travels with the first: the Chinese font has no digits, and every notice has a date. */
  @Test
  void theChineseFontHasNoDigitsAndTheFallbackFontHasThem() throws IOException {
    assertThat(fontHasGlyph(NoticePdf.FONT_RESOURCE, '2')).isFalse();
    assertThat(fontHasGlyph(NoticePdf.FALLBACK_RESOURCE, '2')).isTrue();
    assertThat(fontHasGlyph(NoticePdf.FALLBACK_RESOURCE, NoticePdf.MISSING_GLYPH.codePointAt(0))).isTrue();
  }

  @Test
  void htmlThatIsNotWellFormedIsRefusedWithAReason() {
    assertThatThrownBy(() -> pdf.render("<html><body><p>未闭合</body></html>"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not well-formed");
  }

  @Test
  void controlCharactersInAStoredTextDoNotBreakTheNotice() throws Exception {
    Map<String, Object> model = sample(NoticeType.RESULT, "张三丰");
    model.put("problems", "调查研究\u0001不够深入");
    try (PDDocument document = Loader.loadPDF(pdf.render(html(NoticeType.RESULT, model)))) {
      assertThat(text(document)).contains("调查研究不够深入");
    }
  }

  /** What NoticeService puts into the model, plus the type's own values, in Chinese. */
  static Map<String, Object> sample(NoticeType type, String cadreName) {
    Map<String, Object> model = new HashMap<>();
    model.put("title", type.title());
    model.put("cadreName", cadreName);
    model.put("cadrePosition", "局长");
    model.put("unitName", "示范县教育局");
    model.put("issuingOrgan", "中共示范县委组织部");
    model.put("documentNumber", "示组考〔2026〕1号");
    model.put("issuedOn", "2026年1月15日");
    model.put("year", 2026);
    switch (type) {
      case RESULT, TEAM_RESULT -> {
        model.put("grade", type == NoticeType.RESULT ? "称职" : "好");
        model.put("problems", "调查研究不够深入");
        model.put("suggestions", "加强理论学习");
      }
      case SELF_REPORT_RECEIPT -> model.put("reviewComment", "内容翔实，同意归档");
    }
    return model;
  }

  static String html(NoticeType type, Map<String, Object> model) throws Exception {
    StringWriter out = new StringWriter();
    freemarker.getTemplate(type.template()).process(model, out);
    return out.toString();
  }

  /** The page's text without white space: the renderer breaks lines and spaces out the title. */
  static String text(PDDocument document) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true); // bold text is drawn in a pass of its own
    return stripper.getText(document).replaceAll("[\\s\\u3000]", "");
  }

  static List<PDFont> fonts(PDPage page) throws IOException {
    List<PDFont> fonts = new ArrayList<>();
    PDResources resources = page.getResources();
    for (COSName name : resources.getFontNames()) {
      fonts.add(resources.getFont(name));
    }
    return fonts;
  }

  static boolean fontHasGlyph(String fontResource, int codePoint) throws IOException {
    try (InputStream in = NoticePdf.class.getResourceAsStream(fontResource);
         TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
      return font.getUnicodeCmapLookup().getGlyphId(codePoint) != 0;
    }
  }
}
