package io.shogun.authkit.suite;

import io.shogun.authkit.spi.ConformanceTarget;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Supplies the target named by the {@code shogun.target} configuration parameter (JUnit configuration, or the JVM
 * system property of the same name) to suite methods that take a {@link ConformanceTarget}.
 */
public final class SelectedTarget implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ConformanceTarget.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return Targets.select(context.getConfigurationParameter(Targets.PROPERTY).orElse(Targets.DEFAULT_SPEC));
    }
}
