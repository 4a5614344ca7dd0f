package cn.cadre.appraisal.notice;

import cn.cadre.appraisal.shared.InvalidInputException;

import java.util.Arrays;

/** Which notices to list; a null field does not filter. */
public record NoticeFilter(Long campaignId, NoticeType type, String unitCode, String recipientCode) {

  public static NoticeType type(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return Arrays.stream(NoticeType.values()).filter(t -> t.name().equals(value)).findFirst()
        .orElseThrow(() -> new InvalidInputException("通知类型不存在: " + value + "（允许: "
            + String.join(", ", Arrays.stream(NoticeType.values()).map(Enum::name).toList()) + "）"));
  }
}
