package cn.cadre.appraisal.process.unitappraisal;

import cn.cadre.appraisal.process.ProcessFacts;
import static cn.cadre.appraisal.process.unitappraisal.UnitAppraisalProcess.VAR_CADRE_USER_ID;
import static cn.cadre.appraisal.process.unitappraisal.UnitAppraisalProcess.VAR_REVIEW_COMMENT;
import static cn.cadre.appraisal.process.unitappraisal.UnitAppraisalProcess.VAR_YEAR;

import cn.cadre.appraisal.evaluation.SelfReportService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendSelfReportReceipt: the cadre's written receipt for the filed report. */
@Component("sendSelfReportReceiptDelegate")
class SendSelfReportReceiptDelegate implements JavaDelegate {

  private final SelfReportService selfReports;

  SendSelfReportReceiptDelegate(SelfReportService selfReports) {
    this.selfReports = selfReports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    selfReports.sendReceipt(ProcessFacts.of(execution).campaignId(),
        execution.getProcessBusinessKey(), ProcessFacts.of(execution).year(),
        ProcessFacts.of(execution).cadreUserId(),
        ProcessFacts.of(execution).text(VAR_REVIEW_COMMENT));
  }
}
