package cn.cadre.appraisal.process.campaign;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import cn.cadre.appraisal.application.ResultApplicationService;
import cn.cadre.appraisal.grading.FeedbackService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

/**
 * The two per-unit steps of SubProcess_UnitResults act on their instance's unit; a round still running
 * on the model before the split (no unit in scope at Task_SendFeedback) is fed back and opened whole,
 * as it was when it started.
 */
class UnitResultsDelegatesTest {

  private final FeedbackService feedback = mock(FeedbackService.class);
  private final ResultApplicationService application = mock(ResultApplicationService.class);

  private static DelegateExecution execution(String unitCode) {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariable(CampaignProcess.VAR_CAMPAIGN_ID)).thenReturn(7L);
    when(execution.getVariable("unitCode")).thenReturn(unitCode);
    return execution;
  }

  @Test
  void inAUnitsInstance_onlyThatUnit() throws Exception {
    new SendFeedbackDelegate(feedback).execute(execution("edu"));
    new OpenResultApplicationDelegate(application).execute(execution("edu"));

    verify(feedback).send(7L, "edu");
    verify(application).open(7L, "edu");
    verifyNoMoreInteractions(feedback, application);
  }

  @Test
  void aRoundOnTheEarlierModel_wholeAsBefore() throws Exception {
    new SendFeedbackDelegate(feedback).execute(execution(null));
    new OpenResultApplicationDelegate(application).execute(execution(null));

    verify(feedback).sendAll(7L);
    verify(application).openAll(7L);
    verifyNoMoreInteractions(feedback, application);
  }
}
