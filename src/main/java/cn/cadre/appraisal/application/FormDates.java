package cn.cadre.appraisal.application;

import cn.cadre.appraisal.shared.InvalidInputException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/** Dates as Camunda Forms submit them: 2026-12-01, and 2026-12-03T09:30 for a date with a time. */
final class FormDates {

  private FormDates() {}

  static LocalDate day(String value, String what) {
    try {
      return LocalDate.parse(ResultActions.required(value, what).substring(0, Math.min(10, value.strip().length())));
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(what + "不是有效日期（格式 2026-12-01）: " + value);
    }
  }

  static LocalDateTime minute(String value, String what) {
    String text = ResultActions.required(value, what);
    try {
      return LocalDateTime.parse(text.length() > 16 ? text.substring(0, 16) : text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(what + "不是有效时间（格式 2026-12-03T09:30）: " + value);
    }
  }
}
