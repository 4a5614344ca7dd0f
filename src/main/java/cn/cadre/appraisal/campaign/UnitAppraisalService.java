package cn.cadre.appraisal.campaign;

import cn.cadre.appraisal.organisation.Cadre;
import cn.cadre.appraisal.organisation.OrganisationService;
import cn.cadre.appraisal.organisation.Unit;
import java.util.List;
import org.springframework.stereotype.Service;

/** Opens the annual appraisal of one unit (the campaign across units comes with the annual round). */
@Service
public class UnitAppraisalService {

  private final OrganisationService organisation;
  private final UnitAppraisalProcessPort process;

  public UnitAppraisalService(OrganisationService organisation, UnitAppraisalProcessPort process) {
    this.organisation = organisation;
    this.process = process;
  }

  public StartedAppraisal start(String unitCode, int year) {
    if (year < 2000 || year > 2100) {
      throw new IllegalArgumentException("考核年度不合法: " + year);
    }
    Unit unit = organisation.unit(unitCode);
    List<String> cadreUserIds = organisation.cadresOf(unit).stream().map(Cadre::getUserId).toList();
    if (cadreUserIds.isEmpty()) {
      throw new IllegalArgumentException("单位没有领导干部，无法开展考核: " + unitCode);
    }
    String businessKey = businessKey(year, unitCode);
    if (process.isStarted(businessKey)) {
      throw new AlreadyStartedException("该单位本年度考核已经启动: " + businessKey);
    }
    String processInstanceId = process.start(businessKey, unitCode, year, cadreUserIds);
    return new StartedAppraisal(businessKey, processInstanceId, cadreUserIds.size());
  }

  /** Says what the instance is about, e.g. 2026-ANNUAL/unit-edu. */
  public static String businessKey(int year, String unitCode) {
    return year + "-ANNUAL/unit-" + unitCode;
  }

  public record StartedAppraisal(String businessKey, String processInstanceId, int cadreCount) {}
}
