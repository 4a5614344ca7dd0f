package cn.cadre.appraisal.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps whatever a task listener throws, so a form value our services refuse (see
 * FormTaskListener) would reach Tasklist and /engine-rest as a 500. This outermost command
 * interceptor — it runs after the transaction has rolled back — rethrows the BadUserRequestException
 * found inside as a form validation failure, which the REST APIs behind Tasklist and /engine-rest
 * answer with 400 and its message.
 */
@Component
class UserInputErrors extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    interceptors.add(new Unwrap());
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  static final class Unwrap extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (ProcessEngineException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
          if (cause instanceof BadUserRequestException badInput) {
            throw new FormFieldValidationException(null, badInput.getMessage(), badInput);
          }
        }
        throw e;
      }
    }
  }
}
