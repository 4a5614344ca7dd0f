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
      if (!"layout.ftlh".equals(r.getFilename())) { // the one layout every notice uses
        templates.add("notices/" + r.getFilename());
      }
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
      // a letter on one page; a 文件 on one, or two when its 版记 takes the last page's foot
      assertThat(document.getNumberOfPages()).isBetween(1, type.letter() ? 1 : 2);
      org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(document);
      for (int page = 0; page < document.getNumberOfPages(); page++) {
        javax.imageio.ImageIO.write(renderer.renderImageWithDPI(page, 60), "png", SAMPLES.resolve(
            type.template().substring("notices/".length()).replace(".ftlh", "-" + (page + 1) + ".png")).toFile());
      }
      PDRectangle a4 = document.getPage(0).getMediaBox();
      assertThat(a4.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), offset(1f));
      assertThat(a4.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), offset(1f));

      String text = text(document);
      assertThat(text).contains(type.title(), "张三丰", "示范县教育局", "中共示范县委组织部", "2026年1月15日");
      // GB/T 9704: the masthead (a 文件's ends in 文件), its number, the page number of a 文件 ("— 1 —"),
      // the 版记 of a 文件 (印发机关 and 印发日期)
      assertThat(text).startsWith("中共示范县委组织部" + (type.letter() ? "" : "文件"));
      assertThat(text).contains("示组" + type.numberCode() + "〔2026〕1号");
      if (type.letter()) {
        assertThat(text).as("a letter's first page has no number").doesNotContain("—1—").doesNotContain("印发");
      } else {
        assertThat(text).contains("—1—", "中共示范县委组织部2026年1月15日印发");
      }
      // the type area: 28 mm from the left edge, 156 mm wide, from 37 mm (30 mm for a letter) below the top
      TextArea area = TextArea.of(document);
      assertThat(area.left()).as("left edge of the text, mm").isCloseTo(28, offset(1.5));
      assertThat(area.right()).as("right edge of the text, mm: full lines fill the 156 mm line")
          .isBetween(181.0, 184.5);
      assertThat(area.top()).as("top of the masthead, mm").isGreaterThanOrEqualTo(type.letter() ? 29 : 71);
      assertThat(area.bottomOfBody()).as("the text ends above the bottom margin, mm").isLessThanOrEqualTo(262.5);
      assertThat(redFill(document.getPage(0))).as("the masthead and its rule are red").isTrue();
      switch (type) {
        case RESULT -> assertThat(text).contains("2026年度考核等次确定为：称职", "调查研究不够深入", "加强理论学习",
            "年度考核综合得分90.14分（平时考核88分×40%）",
            "对考核结果有异议的，可按规定向组织部门提出");
        case TEAM_RESULT -> assertThat(text).contains("你单位领导班子2026年度考核等次确定为：好", "调查研究不够深入",
            "你单位2026年度综合考核得分89.12分，在3个市中排名第1，等次为好",
            "请班子主要负责同志（张三丰同志）");
        case SELF_REPORT_RECEIPT -> assertThat(text).contains("2026年度述职述廉报告已经考核组审核通过",
            "考核组意见：内容翔实，同意归档", "考核信息严格保密");
        case PROMOTION -> assertThat(text).contains("2026年度考核等次确定为：优秀", "同意将您确定为提拔使用人选",
            "纳入优秀年轻干部库", "党委意见：政治过硬，实绩突出，群众公认");
        case COMMENDATION -> assertThat(text).contains("2026年度考核等次确定为：优秀", "决定给予您嘉奖",
            "本决定存入本人档案");
        case MERIT -> assertThat(text).contains("您在2024、2025、2026年度考核中连续3年被确定为优秀等次",
            "决定给您记三等功一次");
        case TRAINING -> assertThat(text).contains("按照“缺什么补什么”的原则", "参加全县依法行政能力提升班专题培训",
            "重点补齐“依法行政和风险防控”方面的短板", "培训类别：专题培训",
            "培训时间：2026年3月2日至2026年3月6日", "培训地点：县委党校");
        case REMINDER_TALK -> assertThat(text).contains("决定对您进行谈话提醒", "反映的苗头性、倾向性问题：工作作风不够扎实",
            "请您于2026年1月20日09:30到县委组织部第一会议室参加谈话", "谈话人：李四同志");
        case ADMONITION_TALK -> assertThat(text).contains("2026年度考核等次确定为：基本称职", "决定对您进行诫勉谈话",
            "存在的主要问题：履职担当不够", "谈话人：李四同志", "不得提拔或者重用");
        case ADJUSTMENT -> assertThat(text).contains("2026年度考核等次确定为：基本称职", "决定对您进行组织调整",
            "调整后任示范县教育局四级调研员", "调整理由：不适宜担任现职", "党委意见：同意调整");
        case DEMOTION -> assertThat(text).contains("2026年度考核等次确定为：不称职", "决定对您予以降职",
            "由局长降为副局长", "降职理由及依据：年度考核不称职", "三十日内按规定申请复核");
        case TEAM_SUMMONS -> assertThat(text).contains("示范县教育局领导班子：", "领导班子2026年度考核等次确定为：一般",
            "决定对班子主要负责人张三丰同志进行约谈", "考核中发现的主要问题：班子凝聚力不强",
            "约谈人：李四同志", "班子主要负责人张三丰同志在2027年12月31日前不得提拔使用");
        case RECTIFICATION -> assertThat(text).contains("张三丰同志（示范县教育局局长）：", "对照以下事项认真整改",
            "（1）加强理论学习", "（2）深入基层调查研究", "（3）健全内部管理制度", "请于2026年3月31日前完成整改");
        case ROUTINE_FEEDBACK -> assertThat(text).contains("示范县教育局领导班子：", "2026年上半年平时考核情况反馈如下",
            "第一季度得分", "张三丰", "92.5", "李四（第一季度）：短板——统筹协调能力", "张三丰同志");
        case TALENT_POOL -> assertThat(text).contains("根据2026年防汛抢险专项考核情况", "决定将您列入外事干部人才库",
            "考核鉴定：靠前指挥，处置果断");
        case TERM_RESULT -> assertThat(text).contains("示范县教育局领导班子：", "2022—2026年任期考核等次确定为：较好",
            "（1）节水指标未达标", "（2）项目资金拨付滞后", "班子主要负责同志（张三丰同志）");
        case ACCOUNTABILITY -> assertThat(text).contains("根据2026年防汛抢险专项考核情况", "组织转移群众不力",
            "决定对您予以诫勉", "本决定存入本人档案");
      }

      // the masthead, title and page number in the Song face, the text in the Kai face; all embedded as subsets
      List<PDFont> fonts = fonts(document.getPage(0));
      assertThat(fonts).allSatisfy(font -> assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue());
      assertThat(fonts).extracting(font -> font.getName().replaceFirst("^[A-Z]{6}\\+", ""))
          .contains(SONG, KAI).isSubsetOf(SONG, KAI, "DroidSansFallback", "DejaVuSans");
      assertThat(bytes.length).as("a one-page notice stays small").isLessThan(300_000);
    }
  }

  /**
   * Names with ideographs outside the Basic Multilingual Plane print as themselves: 𠀀 U+20000, 𡒄 U+21484
   * and 𨱏 U+28C4F (CJK Extension B, which Droid Sans Fallback lacks) come from HanaMinB, 㙟 U+365F
   * (Extension A) from Droid Sans Fallback; the text extracts as written, only the glyphs used are
   * embedded, and the notice stays small. A notice without such a character does not carry HanaMinB.
   */
  @Test
  void aNameWithCharactersBeyondTheBasicPlanePrintsAsWritten() throws Exception {
    String names = new String(Character.toChars(0x20000)) + new String(Character.toChars(0x21484))
        + new String(Character.toChars(0x28C4F)) + "\u365F";
    for (int codePoint : names.codePoints().toArray()) {
      boolean supplementary = Character.isSupplementaryCodePoint(codePoint);
      assertThat(fontHasGlyph(NoticePdf.FONT_RESOURCE, codePoint)).as("Droid Sans Fallback has U+%X", codePoint)
          .isEqualTo(!supplementary);
      if (supplementary) {
        assertThat(fontHasGlyph(NoticePdf.SUPPLEMENTARY_RESOURCE, codePoint)).as("HanaMinB has U+%X", codePoint).isTrue();
      }
    }

    byte[] bytes = pdf.render(html(NoticeType.RESULT, sample(NoticeType.RESULT, "王" + names)));
    Files.write(SAMPLES.resolve("result-rare-name.pdf"), bytes);
    assertThat(bytes.length).as("a one-page notice with a subset of the 30 MB font").isLessThan(300_000);
    try (PDDocument document = Loader.loadPDF(bytes)) {
      String text = text(document);
      assertThat(text).contains("年度考核结果通知书", "王" + names + "同志（示范县教育局局长）", "2026年度考核等次确定为：称职");
      assertThat(text).doesNotContain(NoticePdf.MISSING_GLYPH);
      List<PDFont> fonts = fonts(document.getPage(0));
      assertThat(fonts).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
      assertThat(fonts).extracting(PDFont::getName).anySatisfy(name -> assertThat(name).matches("[A-Z]{6}\\+HanaMinB"));
      javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 110), "png",
          SAMPLES.resolve("result-rare-name.png").toFile());
    }
    try (PDDocument plain = Loader.loadPDF(pdf.render(html(NoticeType.RESULT, sample(NoticeType.RESULT, "王海燕"))))) {
      assertThat(fonts(plain.getPage(0))).extracting(PDFont::getName).noneMatch(name -> name.contains("HanaMin"));
    }
  }

  /**
   * No seal is printed unless the organisation configures its own image: then it stands, 42 mm across,
   * on the signature block of the page that has the signature; a file that is not a PNG stops the start.
   */
  @Test
  void theSealsPlaceIsLeftBlankUnlessTheOrganisationConfiguresItsImage() throws Exception {
    String html = html(NoticeType.RESULT, sample(NoticeType.RESULT, "张三丰"));
    try (PDDocument plain = Loader.loadPDF(pdf.render(html))) {
      for (PDPage page : plain.getPages()) {
        assertThat(images(page)).as("no seal by default").isZero();
      }
    }
    java.awt.image.BufferedImage stamp = new java.awt.image.BufferedImage(200, 200, java.awt.image.BufferedImage.TYPE_INT_ARGB);
    java.awt.Graphics2D g = stamp.createGraphics();
    g.setColor(java.awt.Color.RED);
    g.setStroke(new java.awt.BasicStroke(8));
    g.drawOval(10, 10, 180, 180);
    g.dispose();
    java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(stamp, "png", png);
    Path file = Files.createTempFile("seal", ".png");
    Files.write(file, png.toByteArray());
    NoticePdf sealed = new NoticePdf(new cn.cadre.appraisal.settings.AppraisalSettings("", "", false, "demo", 45,
        List.of(), List.of(), "Asia/Shanghai", null, null, null, new cn.cadre.appraisal.settings.AppraisalSettings.Notices(file.toString(), 3), null, null));
    byte[] bytes = sealed.render(html);
    Files.write(SAMPLES.resolve("result-sealed.pdf"), bytes);
    try (PDDocument document = Loader.loadPDF(bytes)) {
      PDPage last = document.getPage(document.getNumberOfPages() - 1);
      assertThat(images(last)).as("the seal on the signature's page").isEqualTo(1);
      assertThat(text(document)).contains("中共示范县委组织部2026年1月15日");
    }
    Path notPng = Files.createTempFile("seal", ".png");
    Files.writeString(notPng, "not an image");
    assertThatThrownBy(() -> new NoticePdf(new cn.cadre.appraisal.settings.AppraisalSettings("", "", false, "demo", 45,
        List.of(), List.of(), "Asia/Shanghai", null, null, null, new cn.cadre.appraisal.settings.AppraisalSettings.Notices(notPng.toString(), 3), null, null)))
        .hasMessageContaining("appraisal.notices.seal-image").hasMessageContaining("is not a PNG image");
  }

  private static int images(PDPage page) throws IOException {
    int images = 0;
    for (COSName name : page.getResources().getXObjectNames()) {
      if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
        images++;
      }
    }
    return images;
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

  /** The promotion notice mentions the young-cadre pool only for those who enter it; 党委意见 only when given. */
  @Test
  void thePromotionNoticeNamesTheYoungCadrePoolOnlyForItsMembers() throws Exception {
    Map<String, Object> model = sample(NoticeType.PROMOTION, "张三丰");
    model.put("inYoungCadrePool", false);
    model.put("decisionReason", "");
    String html = html(NoticeType.PROMOTION, model);
    assertThat(html).contains("同意将您确定为提拔使用人选。").doesNotContain("优秀年轻干部库", "党委意见");
  }

  /** 点名调训 and 专题培训 are worded differently; only 专题培训 speaks of 缺什么补什么. */
  @Test
  void theTrainingNoticeTellsProgressiveTrainingFromTopicTraining() throws Exception {
    Map<String, Object> model = sample(NoticeType.TRAINING, "张三丰");
    model.put("trainingKind", "PROGRESSIVE");
    model.put("trainingKindLabel", "点名调训");
    model.put("className", "全县中青年干部进修班");
    model.put("topic", "");
    String html = html(NoticeType.TRAINING, model);
    assertThat(html).contains("决定对您实行点名调训，参加全县中青年干部进修班学习。", "培训类别：点名调训")
        .doesNotContain("缺什么补什么", "专题培训", "本次培训重点");
  }

  /** A rectification notice to a team addresses the team and names its principal as the one responsible. */
  @Test
  void aRectificationNoticeForATeamAddressesTheTeam() throws Exception {
    Map<String, Object> model = sample(NoticeType.RECTIFICATION, "张三丰");
    model.put("forTeam", true);
    String html = html(NoticeType.RECTIFICATION, model);
    assertThat(html).contains("<p>示范县教育局领导班子：</p>", "请你单位领导班子对照以下事项认真整改，班子主要负责同志（张三丰同志）为第一责任人：")
        .doesNotContain("张三丰同志（示范县教育局局长）");
  }

  /** What NoticeService puts into the model, plus the type's own values, in Chinese. */
  static Map<String, Object> sample(NoticeType type, String cadreName) {
    Map<String, Object> model = new HashMap<>();
    model.put("title", type.title());
    model.put("cadreName", cadreName);
    model.put("cadrePosition", "局长");
    model.put("unitName", "示范县教育局");
    model.put("issuingOrgan", "中共示范县委组织部");
    model.put("documentNumber", "示组" + type.numberCode() + "〔2026〕1号");
    model.put("issuedOn", "2026年1月15日");
    model.put("year", 2026);
    model.put("letter", type.letter());
    switch (type) {
      case RESULT, TEAM_RESULT -> {
        model.put("grade", type == NoticeType.RESULT ? "称职" : "好");
        model.put("problems", "调查研究不够深入");
        model.put("suggestions", "加强理论学习");
        model.put("unitScore", type == NoticeType.TEAM_RESULT ? "综合考核得分 89.12 分，在 3 个市中排名第 1，等次为好" : "");
        model.put("annualScore", type == NoticeType.RESULT ? "年度考核综合得分 90.14 分（平时考核 88 分×40%）" : "");
      }
      case SELF_REPORT_RECEIPT -> model.put("reviewComment", "内容翔实，同意归档");
      case PROMOTION -> {
        model.put("grade", "优秀");
        model.put("inYoungCadrePool", true);
        model.put("decisionReason", "政治过硬，实绩突出，群众公认");
      }
      case COMMENDATION -> model.put("grade", "优秀");
      case MERIT -> {
        model.put("consecutiveYears", 3);
        model.put("years", List.of(2024, 2025, 2026));
      }
      case TRAINING -> {
        model.put("trainingKind", "TOPIC");
        model.put("trainingKindLabel", "专题培训");
        model.put("className", "全县依法行政能力提升班");
        model.put("topic", "依法行政和风险防控");
        model.put("startsOn", "2026年3月2日");
        model.put("endsOn", "2026年3月6日");
        model.put("place", "县委党校");
      }
      case REMINDER_TALK, ADMONITION_TALK -> {
        model.put("talkAt", "2026年1月20日 09:30");
        model.put("place", "县委组织部第一会议室");
        model.put("leaderName", "李四");
        if (type == NoticeType.REMINDER_TALK) {
          model.put("reason", "工作作风不够扎实，个别事项推进迟缓");
        } else {
          model.put("grade", "基本称职");
          model.put("reason", "履职担当不够，重点工作推进不力");
        }
      }
      case ADJUSTMENT -> {
        model.put("grade", "基本称职");
        model.put("newPosition", "示范县教育局四级调研员");
        model.put("proposalReason", "不适宜担任现职，连续两年考核排名靠后");
        model.put("decisionReason", "同意调整");
      }
      case DEMOTION -> {
        model.put("grade", "不称职");
        model.put("newPosition", "副局长");
        model.put("proposalReason", "年度考核不称职，工作严重失职");
        model.put("decisionReason", "");
      }
      case TEAM_SUMMONS -> {
        model.put("teamGrade", "一般");
        model.put("talkAt", "2026年1月22日 15:00");
        model.put("place", "县委组织部第二会议室");
        model.put("leaderName", "李四");
        model.put("barredUntil", "2027年12月31日");
        model.put("problems", "班子凝聚力不强，重点任务落实不到位");
      }
      case RECTIFICATION -> {
        model.put("items", List.of("加强理论学习，每月开展一次集中学习", "深入基层调查研究，形成专题调研报告",
            "健全内部管理制度，规范财务审批"));
        model.put("deadline", "2026年3月31日");
        model.put("forTeam", false);
      }
      case ROUTINE_FEEDBACK -> {
        model.put("periodLabel", "上半年");
        model.put("periods", List.of("第一季度", "第二季度"));
        model.put("rows", List.of(Map.of("name", "张三丰", "position", "局长", "scores", List.of("92.5", "90")),
            Map.of("name", "李四", "position", "副局长", "scores", List.of("78", "—"))));
        model.put("problems", List.of("李四（第一季度）：有苗头性倾向性问题，工作推进较慢", "李四（第一季度）：短板——统筹协调能力"));
      }
      case TALENT_POOL -> {
        model.put("basis", "2026年防汛抢险专项考核");
        model.put("poolName", "外事干部人才库");
        model.put("statement", "靠前指挥，处置果断");
      }
      case TERM_RESULT -> {
        model.put("basis", "示范县教育局领导班子2022—2026年任期考核");
        model.put("teamName", "示范县教育局领导班子");
        model.put("grade", "较好");
        model.put("problems", List.of("节水指标未达标", "项目资金拨付滞后"));
      }
      case ACCOUNTABILITY -> {
        model.put("basis", "2026年防汛抢险专项考核");
        model.put("measure", "诫勉");
        model.put("reason", "组织转移群众不力，造成群众财产损失");
        model.put("decisionReason", "");
      }
    }
    return model;
  }

  /** The embedded names of the layout's two faces. */
  static final String SONG = "BousungEG-Light-GB";
  static final String KAI = "GBZenKai-Medium";

  /** Where the text stands on the first page, in mm from the top left corner. */
  record TextArea(double left, double right, double top, double bottomOfBody) {

    static TextArea of(PDDocument document) throws IOException {
      double[] box = {Double.MAX_VALUE, 0, Double.MAX_VALUE, 0};
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) throws IOException {
          for (org.apache.pdfbox.text.TextPosition p : positions) {
            if (p.getUnicode().isBlank() || "—".equals(p.getUnicode()) || p.getUnicode().matches("\\d")
                && p.getYDirAdj() > 262 / MM) {
              continue; // the page number stands below the type area, as it should
            }
            box[0] = Math.min(box[0], p.getXDirAdj());
            box[1] = Math.max(box[1], p.getXDirAdj() + p.getWidthDirAdj());
            box[2] = Math.min(box[2], p.getYDirAdj() - p.getHeightDir());
            box[3] = Math.max(box[3], p.getYDirAdj());
          }
        }
      };
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      stripper.getText(document);
      return new TextArea(box[0] * MM, box[1] * MM, box[2] * MM, box[3] * MM);
    }
  }

  /** Millimetres per PDF point. */
  static final double MM = 25.4 / 72;

  /** Whether the page paints in pure red (1 0 0 rg), as the masthead and its rule are. */
  static boolean redFill(PDPage page) throws IOException {
    org.apache.pdfbox.pdfparser.PDFStreamParser parser = new org.apache.pdfbox.pdfparser.PDFStreamParser(page);
    List<Object> tokens = parser.parse();
    for (int i = 3; i < tokens.size(); i++) {
      if (tokens.get(i) instanceof org.apache.pdfbox.contentstream.operator.Operator op && "rg".equals(op.getName())
          && tokens.get(i - 3) instanceof org.apache.pdfbox.cos.COSNumber r && tokens.get(i - 2) instanceof org.apache.pdfbox.cos.COSNumber g
          && tokens.get(i - 1) instanceof org.apache.pdfbox.cos.COSNumber b
          && r.floatValue() == 1f && g.floatValue() == 0f && b.floatValue() == 0f) {
        return true;
      }
    }
    return false;
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
