package io.shogun.authkit.spi;

import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Set;

/**
 * An implementation under test, as the kit sees it: who it is, what it can do, and factories for its verifiers.
 * Found through {@link java.util.ServiceLoader}; needs a public no-argument constructor.
 *
 * <p>Factories are called once per configuration and the verifiers they return are then called many times, so
 * expensive set-up (key schedules, {@code Mac} instances) belongs in the factory.
 */
public interface ConformanceTarget {

    /** A short, stable name: lower case, digits and '-' ({@code java:<id>} selects it). */
    String id();

    /** The implementation's own version, printed in reports. */
    String version();

    /** The verifiers this target implements. */
    Set<Capability> capabilities();

    /**
     * A webhook verifier for these active secrets (more than one during a rotation).
     *
     * @param activeSecrets webhook secrets as configured; the HMAC key is each one's UTF-8 encoding
     * @throws UnsupportedOperationException if {@link Capability#WEBHOOK_VERIFIER} is not declared
     */
    default WebhookVerifier newWebhookVerifier(List<String> activeSecrets) {
        throw new UnsupportedOperationException(id() + " does not verify webhooks");
    }

    /**
     * An HS256 verifier bound to one key, one clock and one leeway. It must be created for any key, including one
     * shorter than 256 bits: such a verifier rejects every token with
     * {@link JwtVerification.Reason#KEY_TOO_SHORT}.
     *
     * @param key    the raw HMAC key
     * @param clock  the only source of time the verifier may read
     * @param leeway clock skew allowed for {@code exp}, {@code nbf} and {@code iat}; zero or positive
     * @throws UnsupportedOperationException if {@link Capability#JWT_VERIFIER} is not declared
     */
    default JwtVerifier newJwtVerifier(byte[] key, InstantSource clock, Duration leeway) {
        throw new UnsupportedOperationException(id() + " does not verify JWTs");
    }

    /**
     * A new integration client, with an empty token cache, for this setup.
     *
     * @throws UnsupportedOperationException if {@link Capability#TOKEN_CLIENT} is not declared
     */
    default TokenClient newTokenClient(TokenClientSetup setup) {
        throw new UnsupportedOperationException(id() + " has no token client");
    }

    /**
     * A new dashboard client, not logged in, for this setup.
     *
     * @throws UnsupportedOperationException if {@link Capability#DASHBOARD_CLIENT} is not declared
     */
    default DashboardClient newDashboardClient(DashboardClientSetup setup) {
        throw new UnsupportedOperationException(id() + " has no dashboard client");
    }
}
