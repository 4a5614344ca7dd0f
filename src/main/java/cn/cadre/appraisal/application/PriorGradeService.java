package cn.cadre.appraisal.application;

import cn.cadre.appraisal.shared.ConflictException;
import cn.cadre.appraisal.shared.InvalidInputException;

import cn.cadre.appraisal.shared.Grade;
import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.OrganisationService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grades from the archive (years before this application), so that 连续三年优秀 counts them. Each
 * year is entered once; a different grade for a year already entered is refused, never overwritten.
 */
@Service
public class PriorGradeService {

  private final PriorGradeRepository priorGrades;
  private final OrganisationService organisation;
  private final Clock clock;

  public PriorGradeService(PriorGradeRepository priorGrades, OrganisationService organisation, Clock clock) {
    this.priorGrades = priorGrades;
    this.organisation = organisation;
    this.clock = clock;
  }

  @Transactional
  public PriorGrade record(String cadreCode, Integer year, String grade, String source, String actor) {
    Cadre cadre = organisation.cadreByCode(cadreCode);
    int thisYear = LocalDate.now(clock).getYear();
    if (year == null || year < 1980 || year >= thisYear) {
      throw new InvalidInputException("年度必须在1980到" + (thisYear - 1) + "之间: " + year);
    }
    String parsed = Grade.parse(grade).name();
    if (source == null || source.isBlank()) {
      throw new InvalidInputException("来源（如档案文号）不能为空");
    }
    return priorGrades.findByCadreAndYear(cadre, year).map(existing -> {
      if (!existing.getGrade().equals(parsed)) {
        throw new ConflictException(cadreCode + " 的" + year + "年度等次已录入为 "
            + Grade.valueOf(existing.getGrade()).label() + "，不能改为 " + Grade.valueOf(parsed).label());
      }
      return existing;
    }).orElseGet(() -> priorGrades.save(new PriorGrade(cadre, year, parsed, source.strip(), actor,
        LocalDateTime.now(clock))));
  }

  @Transactional(readOnly = true)
  public List<PriorGrade> of(String cadreCode) {
    return priorGrades.findByCadre(organisation.cadreByCode(cadreCode)).stream()
        .sorted(Comparator.comparingInt(PriorGrade::getYear)).toList();
  }
}
