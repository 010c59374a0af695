package io.shogun.authkit.suite;

import io.shogun.authkit.spi.ConformanceTarget;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Supplies the target named by the {@code shogun.target} configuration parameter (JUnit configuration, or the JVM
 * system property of the same name) to suite methods that take a {@link ConformanceTarget}, and the run's
 * {@link RunSettings} to those that take them.
 */
public final class SelectedTarget implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == ConformanceTarget.class || type == RunSettings.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        String spec = context.getConfigurationParameter(Targets.PROPERTY).orElse(Targets.DEFAULT_SPEC);
        if (parameter.getParameter().getType() == RunSettings.class) {
            boolean timing = !"off".equals(context.getConfigurationParameter(RunSettings.TIMING_PROPERTY).orElse("on"));
            return new RunSettings(spec, timing);
        }
        return Targets.select(spec);
    }
}
