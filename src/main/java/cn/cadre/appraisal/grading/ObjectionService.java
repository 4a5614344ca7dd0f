package cn.cadre.appraisal.grading;

import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.shared.Grade;

import cn.cadre.appraisal.campaign.AlreadyStartedException;
import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.OrganisationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 公示异议: objections to a publicised 优秀 grade, lodged during the notice window and resolved by org-dept. */
@Service
public class ObjectionService {

  private final OrganisationService organisation;
  private final GradeRecordRepository records;
  private final GradingService grading;
  private final ObjectionPort process;

  public ObjectionService(OrganisationService organisation, GradeRecordRepository records, GradingService grading,
      ObjectionPort process) {
    this.organisation = organisation;
    this.records = records;
    this.grading = grading;
    this.process = process;
  }

  /** Not one transaction: the process adapter retries the correlation if it races with the engine's jobs. */
  public void lodge(Long campaignId, String cadreCode, String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("异议内容不能为空");
    }
    Cadre cadre = organisation.cadreByCode(cadreCode);
    GradeRecord record = records.findWithUnitByCampaignIdAndCadre(campaignId, cadre)
        .orElseThrow(() -> new InvalidInputException("干部不在本轮考核中: " + cadreCode));
    if (!Grade.EXCELLENT.name().equals(record.getProposedGrade())) {
      throw new InvalidInputException("只能对公示的优秀等次提出异议: " + cadreCode);
    }
    if (!process.lodge(campaignId, cadre.getUserId(), cadre.getName(), record.getUnit().getName(), text.trim())) {
      throw new AlreadyStartedException("本轮考核不在公示期，不能提出异议");
    }
  }

  /** Upheld objections change the grade (audited); rejected ones keep it. Either way a note is required. */
  @Transactional
  public void resolve(Long campaignId, String cadreUserId, String resolution, String correctedGrade, String note,
      String actor) {
    if (note == null || note.isBlank()) {
      throw new InvalidInputException("必须填写核实情况和处理意见");
    }
    switch (resolution == null ? "" : resolution) {
      case "rejected" -> { }
      case "upheld" -> {
        if (correctedGrade == null || correctedGrade.isBlank()) {
          throw new InvalidInputException("异议成立时必须选择调整后的等次");
        }
        grading.adjust(campaignId, cadreUserId, correctedGrade, "公示异议成立：" + note, actor);
      }
      default -> throw new InvalidInputException("处理结论只能是 upheld 或 rejected: " + resolution);
    }
  }
}
