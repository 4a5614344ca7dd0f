package cn.cadre.appraisal.special;

import cn.cadre.appraisal.shared.InvalidInputException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads one of an enum's values by code or Chinese label; a missing or unknown one names the choices. */
final class Choices {

  private Choices() {}

  static <E extends Enum<E>> E parse(E[] values, String value, Function<E, String> label, String what) {
    String choices = Arrays.stream(values).map(v -> v.name() + " " + label.apply(v)).collect(Collectors.joining("、"));
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("请填写" + what + "：" + choices);
    }
    return Arrays.stream(values)
        .filter(v -> v.name().equalsIgnoreCase(value.strip()) || label.apply(v).equals(value.strip()))
        .findFirst().orElseThrow(() -> new InvalidInputException(what + "只能是 " + choices + "，不是“" + value + "”"));
  }
}
