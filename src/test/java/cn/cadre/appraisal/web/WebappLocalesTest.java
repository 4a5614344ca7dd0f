package cn.cadre.appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The webapps' Chinese locale files against the English ones of the Camunda webjar on the classpath:
 * every key translated (a missing key shows as its raw name; a Camunda upgrade that adds keys fails
 * here), the placeholders and markup kept, Chinese dates with the week starting on Monday, and
 * config.js offering zh first.
 */
class WebappLocalesTest {

  private static final Pattern KEPT = Pattern.compile("\\{\\{[^}]*}}|%[sd]|<[^>]+>");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishStringHasItsChineseTwin(String app) throws Exception {
    JsonNode en = read("/META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json");
    JsonNode zh = read("/META-INF/resources/webjars/camunda/app/" + app + "/locales/zh.json");
    List<String> missing = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    en.path("labels").fieldNames().forEachRemaining(key -> {
      JsonNode value = zh.path("labels").get(key);
      if (value == null || !value.isTextual()) {
        missing.add(key);
      } else if (!kept(en.path("labels").get(key).asText()).equals(kept(value.asText()))
          && !key.equals("PLGN_BATCH_OPERATION_OPTION")) { // "<Operation>" is a word in brackets, not markup
        broken.add(key + ": " + value.asText());
      }
    });
    assertThat(missing).as(app + ": keys without a Chinese text").isEmpty();
    assertThat(broken).as(app + ": placeholders or markup changed").isEmpty();
    assertThat(zh.path("labels").size()).isEqualTo(en.path("labels").size());
    if (en.has("dateLocales")) {
      assertThat(zh.path("dateLocales").path("week").path("dow").asInt()).as("weeks start on Monday").isEqualTo(1);
      assertThat(zh.path("dateLocales").path("longDateFormat").path("LL").asText()).isEqualTo("YYYY年M月D日");
      assertThat(zh.path("dateLocales").path("weekdays").get(1).asText()).isEqualTo("星期一");
    }
    String config = text("/META-INF/resources/webjars/camunda/app/" + app + "/scripts/config.js");
    assertThat(config).contains("availableLocales: ['zh', 'en']", "fallbackLocale: 'zh'");
  }

  private static Map<String, Integer> kept(String text) {
    Map<String, Integer> found = new TreeMap<>();
    Matcher m = KEPT.matcher(text);
    while (m.find()) {
      found.merge(m.group().replace(" ", ""), 1, Integer::sum);
    }
    return found;
  }

  private static JsonNode read(String path) throws Exception {
    return new ObjectMapper().readTree(text(path).replace("\uFEFF", ""));
  }

  private static String text(String path) throws Exception {
    try (InputStream in = WebappLocalesTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
