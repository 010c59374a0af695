package io.shogun.authkit.spi;

import java.net.URI;
import java.time.InstantSource;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Everything an integration client gets from the kit.
 *
 * @param baseUrl      the Shogun API, e.g. {@code http://127.0.0.1:8089}
 * @param clientId     the API client's id
 * @param clientSecret the current client secret; read it again when a token request is refused, as it changes after
 *                     a rotation (the client must recover without a restart)
 * @param clock        the only clock the client may read
 * @param sleeper      the only way the client may wait
 * @param log          where the client writes its log lines; the kit reads them (and looks for the secret in them)
 */
public record TokenClientSetup(URI baseUrl, String clientId, Supplier<String> clientSecret, InstantSource clock,
        Sleeper sleeper, Consumer<String> log) {

    public TokenClientSetup {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(log, "log");
    }

    @Override
    public String toString() {
        return "TokenClientSetup[" + baseUrl + ", " + clientId + "]";
    }
}
