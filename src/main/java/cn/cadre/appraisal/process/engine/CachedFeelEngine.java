package cn.cadre.appraisal.process.engine;

import camundajar.impl.scala.collection.immutable.List;
import camundajar.impl.scala.collection.immutable.Map;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;
import camundajar.impl.scala.util.Right;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.api.EvaluationFailure;
import org.camunda.feel.api.EvaluationFailureType;
import org.camunda.feel.context.Context;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.context.FunctionProvider.CompositeFunctionProvider;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.context.VariableProvider.CompositeVariableProvider;
import org.camunda.feel.context.VariableProvider.StaticVariableProvider;
import org.camunda.feel.impl.interpreter.BuiltinFunctions;
import org.camunda.feel.impl.interpreter.EvalContext;
import org.camunda.feel.impl.interpreter.FeelInterpreter;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValError;
import org.camunda.feel.syntaxtree.ValFatalError;
import org.camunda.feel.valuemapper.ValueMapper;

/**
 * Camunda's FEEL engine for the decision tables, with the same parser, interpreter, value mappers and
 * messages, minus two costs it pays on every cell of every evaluation: FEEL 1.19 parses and validates
 * the cell's text each time and builds its table of built-in functions anew (together about four
 * fifths of a decision's evaluation, 9 % of the server's CPU in a whole round). Here a text is parsed
 * and validated once (the texts are the deployed tables' cells, a few hundred) and the built-in
 * functions, which hold no state, are built once per engine.
 */
final class CachedFeelEngine extends ScalaFeelEngine {

  /** A bound the deployed tables never reach; past it the caches start again rather than grow. */
  static final int MAX_CACHED_TEXTS = 10_000;
  private static final String INPUT_VARIABLE_NAME = "inputVariableName";

  private final ValueMapper valueMapper;
  private final FeelInterpreter interpreter;
  private final FunctionProvider functions;
  private final java.util.Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
  private final java.util.Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();

  CachedFeelEngine(java.util.List<FeelCustomFunctionProvider> functionProviders) {
    super(functionProviders);
    valueMapper = feelEngine.valueMapper();
    interpreter = new FeelInterpreter(valueMapper);
    functions = new CompositeFunctionProvider(
        toScalaList(new BuiltinFunctions(feelEngine.clock(), valueMapper), feelEngine.functionProvider()));
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
    VariableProvider variables = new ContextVariableWrapper(variableContext);
    return (T) evaluate(parsed(expressions, expression, feelEngine::parseExpression), context(variables));
  }

  @Override
  public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
    VariableProvider input = new StaticVariableProvider(inputVariable(inputVariable));
    VariableProvider variables = new CompositeVariableProvider(
        toScalaList(input, new ContextVariableWrapper(variableContext)));
    Object result = evaluate(parsed(unaryTests, expression, feelEngine::parseUnaryTests), context(variables));
    return Boolean.TRUE.equals(result);
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Map<String, Object> inputVariable(String name) {
    return new Map.Map1(INPUT_VARIABLE_NAME, name);
  }

  private static Context context(VariableProvider variables) {
    return new CustomContext() {
      @Override
      public VariableProvider variableProvider() {
        return variables;
      }
    };
  }

  private ParsedExpression parsed(java.util.Map<String, ParsedExpression> cache, String text,
      Function<String, Either<Failure, ParsedExpression>> parser) {
    ParsedExpression known = cache.get(text);
    if (known != null) {
      return known;
    }
    Either<Failure, ParsedExpression> parsed = parser.apply(text);
    if (parsed instanceof Left<Failure, ParsedExpression> left) {
      throw LOGGER.evaluationException(left.value().message()); // not cached: the text may be a typo being fixed
    }
    if (cache.size() >= MAX_CACHED_TEXTS) {
      cache.clear();
    }
    ParsedExpression expression = ((Right<Failure, ParsedExpression>) parsed).value();
    cache.put(text, expression);
    return expression;
  }

  /** As FEEL's own evaluation after parsing: the same context, the same failures and messages. */
  private Object evaluate(ParsedExpression expression, Context variables) {
    EvalContext context = EvalContext.create(valueMapper, functions).merge(variables);
    Val value;
    try {
      value = interpreter.eval(expression.expression(), context);
    } catch (RuntimeException e) {
      throw LOGGER.evaluationException("failed to evaluate expression '" + expression.text() + "' : " + e);
    }
    List<EvaluationFailure> failures = context.failureCollector().failures();
    for (EvaluationFailure failure : camundajar.impl.scala.jdk.javaapi.CollectionConverters.asJava(failures)) {
      if (EvaluationFailureType.ASSERT_FAILURE$.MODULE$.equals(failure.failureType())) {
        throw LOGGER.evaluationException("Assertion failure on evaluate the expression '" + expression.text() + "': "
            + failure.failureMessage());
      }
    }
    String error = value instanceof ValError e ? e.error() : value instanceof ValFatalError e ? e.error() : null;
    if (error != null) {
      throw LOGGER.evaluationException("failed to evaluate expression '" + expression.text() + "': " + error);
    }
    return valueMapper.unpackVal(value);
  }
}
