package io.shogun.authkit.suite.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shogun.authkit.simulator.ShogunSimulator;
import io.shogun.authkit.vectors.ShogunProfile;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

/**
 * The server the suite talks to, with the credentials it may use, and the kit's admin API when the server has one
 * (the kit's simulator does, standalone or embedded): then time, lockouts and rotations can be driven, otherwise the
 * checks that need them are skipped. Closing stops an embedded simulator.
 */
public final class ServerUnderTest implements AutoCloseable {

    /** Configuration parameter naming the server's base URL; absent: an embedded simulator. */
    public static final String PROPERTY = "shogun.server";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ShogunHttp http;
    private final Credentials credentials;
    private final ShogunSimulator embedded;
    private final boolean admin;

    /** What the suite may log in with. */
    public record Credentials(String clientId, String clientSecret, String username, String email, String password) {
        static final Credentials DEMO = new Credentials(ShogunSimulator.DEMO_CLIENT_ID,
                ShogunSimulator.DEMO_CLIENT_SECRET, ShogunSimulator.DEMO_USERNAME, ShogunSimulator.DEMO_EMAIL,
                ShogunSimulator.DEMO_PASSWORD);

        @Override
        public String toString() {
            return "Credentials[" + clientId + ", " + email + "]";
        }
    }

    private ServerUnderTest(String baseUrl, Credentials credentials, ShogunSimulator embedded) {
        this.http = new ShogunHttp(baseUrl);
        this.credentials = credentials;
        this.embedded = embedded;
        this.admin = probeAdmin();
    }

    /** An embedded simulator on loopback, started now. */
    public static ServerUnderTest embeddedSimulator() {
        ShogunSimulator simulator = ShogunSimulator.builder().start();
        return new ServerUnderTest(simulator.baseUrl(), Credentials.DEMO, simulator);
    }

    /** A server at {@code baseUrl}, used with these credentials. */
    public static ServerUnderTest at(String baseUrl, Credentials credentials) {
        return new ServerUnderTest(baseUrl, credentials, null);
    }

    /** A server at {@code baseUrl} with the spec's example credentials. */
    public static ServerUnderTest at(String baseUrl) {
        return at(baseUrl, Credentials.DEMO);
    }

    public String baseUrl() {
        return http.baseUrl();
    }

    Credentials credentials() {
        return credentials;
    }

    ShogunHttp http() {
        return http;
    }

    /** Whether the kit's admin API answers, so time, lockouts and rotations can be driven. */
    boolean hasAdmin() {
        return admin;
    }

    void reset() {
        admin("POST", "/__admin/shogun/reset", "{}");
    }

    void advanceClock(long seconds) {
        admin("POST", "/__admin/shogun/clock/advance", "{\"seconds\":" + seconds + "}");
    }

    long clockEpochSeconds() {
        return admin("GET", "/__admin/shogun/clock", null).get("epochSeconds").asLong();
    }

    String rotate(String clientId) {
        return admin("POST", "/__admin/shogun/clients/" + clientId + "/rotate", "{}").get("client_secret").asText();
    }

    void expiredTokenForm(ShogunProfile.ExpiredTokenForm form) {
        admin("POST", "/__admin/shogun/settings", "{\"expiredTokenForm\":\"" + form.jsonName() + "\"}");
    }

    private JsonNode admin(String method, String path, String body) {
        HttpResponse<String> response = http.send(method, path,
                body == null ? Map.of() : Map.of("Content-Type", "application/json"), body);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("admin " + path + " answered " + response.statusCode());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("admin " + path + " answered something that is not JSON", e);
        }
    }

    private boolean probeAdmin() {
        try {
            return http.send("GET", "/__admin/shogun/clock", Map.of(), null).statusCode() == 200;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** The embedded simulator, if this is one. */
    Optional<ShogunSimulator> embedded() {
        return Optional.ofNullable(embedded);
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
