package cn.cadre.appraisal.process.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

/**
 * {@link CachedFeelEngine} decides as Camunda's own FEEL engine does: every decision table in
 * processes/ evaluated with seeded random inputs built from its own cells gives the same results
 * (or the same failure) on both, cell by cell and table by table; failures read the same; many
 * threads at once get what one gets.
 */
class CachedFeelEngineTest {

  private static final Pattern STRING = Pattern.compile("\"([^\"]*)\"");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w\"])(\\d+(?:\\.\\d+)?)(?:/(\\d+))?");

  private final ScalaFeelEngine stock = new ScalaFeelEngine(List.of());
  private final CachedFeelEngine cached = new CachedFeelEngine(List.of());

  @Test
  void everyTableOfTheProcessesFolderDecidesAsWithCamundasFeel() throws Exception {
    DmnEngine stockEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    DefaultDmnEngineConfiguration ours = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    ours.setFeelEngineFactory(() -> new CachedFeelEngine(List.of()));
    DmnEngine cachedEngine = ours.buildEngine();
    assertThat(ours.getFeelEngine()).isInstanceOf(CachedFeelEngine.class);

    Random random = new Random(2026);
    int tables = 0;
    int evaluations = 0;
    int matched = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of("processes"), "*.dmn")) {
      for (Path file : files) {
        DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
        for (DecisionTable table : model.getModelElementsByType(DecisionTable.class)) {
          String key = table.getParentElement().getAttributeValue("id");
          tables++;
          List<Input> inputs = new ArrayList<>(table.getInputs());
          Map<String, List<Object>> candidates = candidates(table, inputs);
          DmnDecision stockDecision = decision(stockEngine, file, key);
          DmnDecision cachedDecision = decision(cachedEngine, file, key);
          for (int i = 0; i < 300; i++) {
            Map<String, Object> variables = new HashMap<>();
            candidates.forEach((name, values) -> variables.put(name, values.get(random.nextInt(values.size()))));
            String expected = outcome(() -> stockEngine.evaluateDecisionTable(stockDecision, variables).getResultList());
            String actual = outcome(() -> cachedEngine.evaluateDecisionTable(cachedDecision, variables).getResultList());
            assertThat(actual).as(key + " with " + variables).isEqualTo(expected);
            evaluations++;
            matched += expected.startsWith("[{") ? 1 : 0;
          }
        }
      }
    }
    assertThat(tables).as("tables in processes/").isGreaterThanOrEqualTo(10);
    assertThat(evaluations).isEqualTo(tables * 300);
    assertThat(matched).as("inputs that some rule matched: the comparison is not of empty results only")
        .isGreaterThan(evaluations / 4);
  }

  @Test
  void cellsAndExpressionsEvaluateAsWithCamundasFeel_includingFailures() {
    List<String> unaryTests = List.of("> 1/3", ">= 0.5", "[60..85)", "\"GOOD\",\"FAIRLY_GOOD\"", "not(\"POOR\")", "true",
        "null", "-", "< limit", "cellInput > 2 and cellInput < 5", "> >", "unknownFunction(cellInput)");
    List<Object> inputs = java.util.Arrays.asList(0, 0.2, 1.0 / 3, 0.5, 60, 85, "GOOD", "POOR", true, null);
    for (String test : unaryTests) {
      for (Object input : inputs) {
        VariableContext context = Variables.createVariables().putValue("cellInput", input).putValue("limit", 70).asVariableContext();
        assertThat(outcome(() -> cached.evaluateSimpleUnaryTests(test, "cellInput", context)))
            .as(test + " for " + input).isEqualTo(outcome(() -> stock.evaluateSimpleUnaryTests(test, "cellInput", context)));
      }
    }
    VariableContext context = Variables.createVariables().putValue("score", 87.5).putValue("grade", "GOOD")
        .putValue("items", List.of(1, 2, 3)).asVariableContext();
    for (String expression : List.of("score", "score * 2 + 1", "floor(score)", "string length(grade)", "upper case(grade)",
        "sum(items)", "if score > 80 then \"EXCELLENT\" else \"COMPETENT\"", "date(\"2026-11-30\")", "missing", "score +",
        "1 / 0", "assert(score, score < 10)", "\"GOOD\"")) {
      String expected = outcome(() -> stock.evaluateSimpleExpression(expression, context));
      assertThat(outcome(() -> cached.evaluateSimpleExpression(expression, context))).as(expression).isEqualTo(expected);
      assertThat(outcome(() -> cached.evaluateSimpleExpression(expression, context))).as(expression + ", parsed before")
          .isEqualTo(expected);
    }
    assertThatThrownBy(() -> cached.evaluateSimpleExpression("score +", context)).isInstanceOf(FeelException.class)
        .hasMessageContaining("failed to parse expression 'score +'");
  }

  @Test
  void manyThreadsAtOnceGetWhatOneGets() throws Exception {
    List<String> tests = List.of("> 1/3", "[60..85)", "\"GOOD\",\"FAIRLY_GOOD\"", "< 90", "not(null)");
    List<Object> inputs = List.of(0.2, 0.5, 60, 84.9, 85, "GOOD", "AVERAGE");
    Map<String, String> once = new LinkedHashMap<>();
    for (String test : tests) {
      for (Object input : inputs) {
        once.put(test + "|" + input, outcome(() -> stock.evaluateSimpleUnaryTests(test, "cellInput",
            Variables.createVariables().putValue("cellInput", input).asVariableContext())));
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Map<String, String>>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        runs.add(pool.submit(() -> {
          Map<String, String> seen = new LinkedHashMap<>();
          for (int round = 0; round < 200; round++) {
            for (String test : tests) {
              for (Object input : inputs) {
                seen.put(test + "|" + input, outcome(() -> cached.evaluateSimpleUnaryTests(test, "cellInput",
                    Variables.createVariables().putValue("cellInput", input).asVariableContext())));
              }
            }
          }
          return seen;
        }));
      }
      for (Future<Map<String, String>> run : runs) {
        assertThat(run.get()).isEqualTo(once);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- helpers ----------------------------------------------------------------------------------------

  private static DmnDecision decision(DmnEngine engine, Path file, String key) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return engine.parseDecision(key, in);
    }
  }

  /** Per input variable: its table's own literals (strings, numbers and their neighbours), true/false and null. */
  private static Map<String, List<Object>> candidates(DecisionTable table, List<Input> inputs) {
    Map<String, List<Object>> candidates = new LinkedHashMap<>();
    for (int column = 0; column < inputs.size(); column++) {
      Input input = inputs.get(column);
      String name = input.getInputExpression().getText().getTextContent().trim();
      String type = String.valueOf(input.getInputExpression().getTypeRef());
      Set<Object> values = new LinkedHashSet<>();
      values.add(null);
      for (Rule rule : table.getRules()) {
        String cell = new ArrayList<>(rule.getInputEntries()).get(column).getText().getTextContent();
        Matcher strings = STRING.matcher(cell);
        while (strings.find()) {
          values.add(strings.group(1));
        }
        Matcher numbers = NUMBER.matcher(cell.replaceAll("\"[^\"]*\"", ""));
        while (numbers.find()) {
          double n = Double.parseDouble(numbers.group(1)) / (numbers.group(2) == null ? 1 : Double.parseDouble(numbers.group(2)));
          values.add(n);
          values.add(n - 0.01);
          values.add(n + 0.01);
        }
      }
      switch (type) {
        case "boolean" -> { values.add(true); values.add(false); }
        case "string" -> values.add("未列出的值");
        case "integer", "long" -> {
          values.removeIf(v -> v instanceof Double);
          for (int n : new int[] {-1, 0, 1, 2, 3, 5, 10, 60, 100}) {
            values.add(n);
          }
        }
        default -> values.add(0.0);
      }
      if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
        candidates.put(name, new ArrayList<>(values));
      }
    }
    return candidates;
  }

  private static String outcome(java.util.concurrent.Callable<?> evaluation) {
    try {
      return String.valueOf(evaluation.call());
    } catch (Exception e) {
      return "failed: " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }
}
