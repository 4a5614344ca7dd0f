package cn.cadre.appraisal.process.deploy;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the process owners' files live. Relative paths resolve against the working directory;
 * when a folder is missing (a jar started elsewhere) the copies packaged in the jar are used.
 */
@ConfigurationProperties("appraisal.deployment")
public record DeploymentProperties(
    @DefaultValue("processes") Path processesDir,
    @DefaultValue("forms") Path formsDir,
    @DefaultValue("true") boolean watch,
    @DefaultValue("2000") long watchIntervalMs) {}
