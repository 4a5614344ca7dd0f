package cn.cadre.appraisal.process.engine;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.juel.FeelEngineFactoryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** The decision tables' FEEL is evaluated by {@link CachedFeelEngine}. */
@Component
public class CachedFeelEnginePlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
        ? configuration.getDmnEngineConfiguration()
        : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    // created when the DMN engine is built, after the engine has handed it its custom functions and
    // settings; the legacy (JUEL-based) FEEL of Camunda 7.12 and before stays as it was if chosen
    dmn.setFeelEngineFactory(() -> dmn.isEnableFeelLegacyBehavior() ? new FeelEngineFactoryImpl().createInstance()
        : new CachedFeelEngine(dmn.getFeelCustomFunctionProviders()));
    configuration.setDmnEngineConfiguration(dmn);
  }
}
