package cn.cadre.appraisal.settings;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Times in messages to users, as they write them: 2026年11月29日 09:30. */
public final class ChineseTime {

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  private ChineseTime() {}

  public static String of(LocalDateTime time) {
    return time == null ? "" : MINUTES.format(time);
  }
}
