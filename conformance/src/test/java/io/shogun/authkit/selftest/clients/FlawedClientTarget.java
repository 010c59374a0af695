package io.shogun.authkit.selftest.clients;

import io.shogun.authkit.spi.Capability;
import io.shogun.authkit.spi.ConformanceTarget;
import io.shogun.authkit.spi.TokenClient;
import io.shogun.authkit.spi.TokenClientSetup;
import java.util.Locale;
import java.util.Set;

/** A {@link SimpleTokenClient} with one flaw as a target ({@code client-<flaw>}, {@code client-none} the control). */
public class FlawedClientTarget implements ConformanceTarget {

    private final SimpleTokenClient.Flaw flaw;

    FlawedClientTarget(SimpleTokenClient.Flaw flaw) {
        this.flaw = flaw;
    }

    @Override
    public String id() {
        return "client-" + flaw.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String version() {
        return "flawed";
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.TOKEN_CLIENT);
    }

    @Override
    public TokenClient newTokenClient(TokenClientSetup setup) {
        return new SimpleTokenClient(setup, flaw);
    }

    /** Logs its token request body, secret and all ({@code client-logs-secret}). */
    public static final class LogsSecret extends FlawedClientTarget {
        public LogsSecret() {
            super(SimpleTokenClient.Flaw.LOGS_SECRET);
        }
    }

    /** Sends its secret in the token request's query string ({@code client-secret-in-query}). */
    public static final class SecretInQuery extends FlawedClientTarget {
        public SecretInQuery() {
            super(SimpleTokenClient.Flaw.SECRET_IN_QUERY);
        }
    }

    /** Logs its secret when a token request is refused ({@code client-logs-secret-on-failure}). */
    public static final class LogsSecretOnFailure extends FlawedClientTarget {
        public LogsSecretOnFailure() {
            super(SimpleTokenClient.Flaw.LOGS_SECRET_ON_FAILURE);
        }
    }
}
