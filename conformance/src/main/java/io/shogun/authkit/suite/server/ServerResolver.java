package io.shogun.authkit.suite.server;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Supplies the {@link ServerUnderTest}: the base URL in the {@code shogun.server} configuration parameter (or system
 * property), with credentials from {@code shogun.server.clientId}, {@code .clientSecret}, {@code .username},
 * {@code .email} and {@code .password} (the spec's example values by default); without it, an embedded simulator,
 * stopped when the test class is done.
 */
public final class ServerResolver implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ServerResolver.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ServerUnderTest.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext classContext = context.getParent().orElse(context);
        return classContext.getStore(NAMESPACE).computeIfAbsent(ServerUnderTest.class, key -> create(context),
                ServerUnderTest.class);
    }

    private static ServerUnderTest create(ExtensionContext context) {
        return context.getConfigurationParameter(ServerUnderTest.PROPERTY)
                .map(url -> ServerUnderTest.at(url, new ServerUnderTest.Credentials(
                        setting(context, "clientId", ServerUnderTest.Credentials.DEMO.clientId()),
                        setting(context, "clientSecret", ServerUnderTest.Credentials.DEMO.clientSecret()),
                        setting(context, "username", ServerUnderTest.Credentials.DEMO.username()),
                        setting(context, "email", ServerUnderTest.Credentials.DEMO.email()),
                        setting(context, "password", ServerUnderTest.Credentials.DEMO.password()))))
                .orElseGet(ServerUnderTest::embeddedSimulator);
    }

    private static String setting(ExtensionContext context, String name, String fallback) {
        return context.getConfigurationParameter(ServerUnderTest.PROPERTY + "." + name).orElse(fallback);
    }
}
