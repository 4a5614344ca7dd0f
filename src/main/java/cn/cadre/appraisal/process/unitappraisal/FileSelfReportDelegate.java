package cn.cadre.appraisal.process.unitappraisal;

import cn.cadre.appraisal.process.ProcessFacts;
import static cn.cadre.appraisal.process.unitappraisal.UnitAppraisalProcess.VAR_CADRE_USER_ID;
import static cn.cadre.appraisal.process.unitappraisal.UnitAppraisalProcess.VAR_REPORT_TEXT;
import static cn.cadre.appraisal.process.unitappraisal.UnitAppraisalProcess.VAR_YEAR;

import cn.cadre.appraisal.evaluation.SelfReportService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_FileSelfReport: files the accepted 述职述廉报告. */
@Component("fileSelfReportDelegate")
class FileSelfReportDelegate implements JavaDelegate {

  private final SelfReportService selfReports;

  FileSelfReportDelegate(SelfReportService selfReports) {
    this.selfReports = selfReports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    selfReports.file(execution.getProcessBusinessKey(),
        ProcessFacts.of(execution).year(),
        ProcessFacts.of(execution).cadreUserId(),
        ProcessFacts.of(execution).text(VAR_REPORT_TEXT));
  }
}
