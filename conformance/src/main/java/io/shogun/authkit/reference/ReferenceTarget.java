package io.shogun.authkit.reference;

import io.shogun.authkit.client.ReferenceDashboardClient;
import io.shogun.authkit.client.ReferenceTokenClient;
import io.shogun.authkit.spi.Capability;
import io.shogun.authkit.spi.DashboardClient;
import io.shogun.authkit.spi.DashboardClientSetup;
import io.shogun.authkit.spi.TokenClient;
import io.shogun.authkit.spi.TokenClientSetup;
import io.shogun.authkit.spi.ConformanceTarget;
import io.shogun.authkit.spi.JwtVerifier;
import io.shogun.authkit.spi.WebhookVerifier;
import java.time.Duration;
import java.time.InstantSource;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The kit's reference implementations as a target: {@code reference}, the default of every run. */
public final class ReferenceTarget implements ConformanceTarget {

    public static final String ID = "reference";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        String version = ReferenceTarget.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.WEBHOOK_VERIFIER, Capability.JWT_VERIFIER, Capability.TOKEN_CLIENT,
                Capability.DASHBOARD_CLIENT);
    }

    @Override
    public WebhookVerifier newWebhookVerifier(List<String> activeSecrets) {
        return ReferenceWebhookVerifier.create(activeSecrets);
    }

    @Override
    public JwtVerifier newJwtVerifier(byte[] key, InstantSource clock, Duration leeway) {
        return ReferenceJwtVerifier.create(key, clock, leeway);
    }

    @Override
    public TokenClient newTokenClient(TokenClientSetup setup) {
        return new ReferenceTokenClient(setup);
    }

    @Override
    public DashboardClient newDashboardClient(DashboardClientSetup setup) {
        return new ReferenceDashboardClient(setup);
    }
}
