package cn.cadre.appraisal.process.resultapplication;

import cn.cadre.appraisal.process.JsonVariables;
import cn.cadre.appraisal.process.ProcessFacts;
import cn.cadre.appraisal.application.ResultApplicationService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End of BusinessRuleTask_DecidePaths: records the paths result-application.dmn opened (with the
 * table's labels) and hands the gateway the plain list of path names it routes on.
 */
@Component("pathsDecidedListener")
class PathsDecidedListener implements ExecutionListener {

  private final ResultApplicationService application;

  PathsDecidedListener(ResultApplicationService application) {
    this.application = application;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Map<String, String> opened = opened(execution);
    application.recordPaths(ProcessFacts.of(execution).subjectId(),
        opened);
    handOver(execution, opened);
  }

  /** The decision's rows (path, pathLabel) as path → label, in rule order. */
  @SuppressWarnings("unchecked")
  static Map<String, String> opened(DelegateExecution execution) {
    Map<String, String> opened = new LinkedHashMap<>();
    Object rows = execution.getVariable(ResultApplicationProcess.VAR_PATH_DECISIONS);
    for (Map<String, Object> row : rows == null ? List.<Map<String, Object>>of() : (List<Map<String, Object>>) rows) {
      opened.put((String) row.get("path"), (String) row.get("pathLabel"));
    }
    return opened;
  }

  /** What the gateway routes on. */
  static void handOver(DelegateExecution execution, Map<String, String> opened) {
    execution.setVariable(ResultApplicationProcess.VAR_PATHS, JsonVariables.list(List.copyOf(opened.keySet())));
  }
}
