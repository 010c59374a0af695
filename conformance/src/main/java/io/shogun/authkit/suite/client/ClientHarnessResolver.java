package io.shogun.authkit.suite.client;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Supplies the client suite's {@link ClientHarness}, one per test class, its simulator stopped afterwards. */
public final class ClientHarnessResolver implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ClientHarnessResolver.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ClientHarness.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getParent().orElse(context).getStore(NAMESPACE)
                .computeIfAbsent(ClientHarness.class, key -> new ClientHarness(), ClientHarness.class);
    }
}
