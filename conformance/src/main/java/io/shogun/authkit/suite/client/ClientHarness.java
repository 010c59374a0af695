package io.shogun.authkit.suite.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shogun.authkit.simulator.Journal;
import io.shogun.authkit.simulator.ShogunSimulator;
import io.shogun.authkit.spi.DashboardClientSetup;
import io.shogun.authkit.spi.Sleeper;
import io.shogun.authkit.spi.TokenClientSetup;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The stage of the client suite: an embedded simulator whose virtual clock the client reads (optionally skewed) and
 * whose sleeper moves that clock instead of passing real time, the client's current secret, everything the client
 * logged, and questions about the simulator's journal.
 */
public final class ClientHarness implements AutoCloseable {

    static final String GENERATE_TOKEN = "/api/v1/security/api/generate_token";
    static final String ACCOUNTS = "/api/v1/account/api/fetch_customer_accounts";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Generated credentials, so a leak anywhere is recognisable (see the kit's SecretHygieneTest). */
    private final ShogunSimulator simulator = ShogunSimulator.builder().generatedCredentials().start();
    private final AtomicReference<String> secret = new AtomicReference<>();
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    private final List<String> secrets = Collections.synchronizedList(new ArrayList<>());
    private volatile Duration skew = Duration.ZERO;

    /** Back to a fresh simulator state, the demo secret, an empty log, no skew. */
    void reset() {
        simulator.reset();
        secret.set(simulator.demoClientSecret());
        secrets.clear();
        secrets.add(simulator.demoClientSecret());
        log.clear();
        sleeps.clear();
        skew = Duration.ZERO;
    }

    ShogunSimulator simulator() {
        return simulator;
    }

    /** The client's clock runs ahead (positive) or behind (negative) the server's by this much. */
    void skew(Duration skew) {
        this.skew = skew;
    }

    void clientSecret(String newSecret) {
        secret.set(newSecret);
        secrets.add(newSecret);
    }

    /** Rotates the demo client's secret on the server (the client is not told); returns the new secret. */
    String rotateOnServer() {
        String fresh = simulator.rotateSecret(simulator.demoClientId(), null);
        secrets.add(fresh);
        return fresh;
    }

    /** Every client secret this check has used: the demo one, and any after rotations. */
    List<String> secretsSeen() {
        synchronized (secrets) {
            return List.copyOf(secrets);
        }
    }

    String clientSecret() {
        return secret.get();
    }

    TokenClientSetup tokenSetup() {
        InstantSource clock = () -> simulator.clock().instant().plus(skew);
        Sleeper sleeper = duration -> {
            sleeps.add(duration);
            if (!duration.isNegative()) {
                simulator.clock().advance(duration);
            }
        };
        return new TokenClientSetup(URI.create(simulator.baseUrl()), simulator.demoClientId(), secret::get, clock,
                sleeper, log::add);
    }

    /** A setup like {@link #tokenSetup()} but on another simulator (one with another profile, say). */
    record Shadow(TokenClientSetup setup) {
    }

    Shadow shadowOn(ShogunSimulator other) {
        Sleeper sleeper = duration -> other.clock().advance(duration.isNegative() ? Duration.ZERO : duration);
        return new Shadow(new TokenClientSetup(URI.create(other.baseUrl()), other.demoClientId(),
                other::demoClientSecret, other.clock(), sleeper, log::add));
    }

    DashboardClientSetup dashboardSetup() {
        return new DashboardClientSetup(URI.create(simulator.baseUrl()), simulator.demoEmail(),
                simulator.demoPassword(), simulator.clock(), duration -> simulator.clock().advance(duration), log::add);
    }

    List<String> log() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    List<Journal.Entry> tokenRequests() {
        return simulator.journal().forPath(GENERATE_TOKEN);
    }

    /** Requests that are neither token requests nor logins. */
    List<Journal.Entry> authenticatedRequests() {
        return simulator.journal().entries().stream()
                .filter(entry -> !entry.request().path().equals(GENERATE_TOKEN)
                        && !entry.request().path().equals("/api/v1/auth/web/login"))
                .toList();
    }

    void advance(Duration step) {
        simulator.clock().advance(step);
    }

    /** Fails {@code count} logins of the demo client directly, as another process might. */
    void failLogins(int count) {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < count; i++) {
            try {
                http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + GENERATE_TOKEN))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"client_id\":\"" + simulator.demoClientId()
                                + "\",\"client_secret\":\"wrong\"}")).build(), HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                throw new IllegalStateException("the simulator did not answer", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        simulator.journal().clearFor(GENERATE_TOKEN);
    }

    /** The {@code exp} of the JWT in an {@code Authorization: Bearer} header, if there is one. */
    static Optional<Instant> bearerExpiry(Journal.Entry entry) {
        return entry.request().header("Authorization")
                .filter(value -> value.startsWith("Bearer "))
                .flatMap(value -> {
                    String[] parts = value.substring(7).split("\\.");
                    if (parts.length != 3) {
                        return Optional.empty();
                    }
                    try {
                        JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]),
                                StandardCharsets.UTF_8));
                        return claims.has("exp") ? Optional.of(Instant.ofEpochSecond(claims.get("exp").asLong()))
                                : Optional.empty();
                    } catch (IOException | IllegalArgumentException e) {
                        return Optional.empty();
                    }
                });
    }

    @Override
    public void close() {
        simulator.close();
    }
}
