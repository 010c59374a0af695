package io.shogun.authkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shogun.authkit.vectors.ShogunProfile;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator over real HTTP on loopback, time moved only through its virtual clock. */
class ShogunSimulatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ShogunSimulator shogun;

    @BeforeAll
    static void start() {
        shogun = ShogunSimulator.builder().start();
    }

    @AfterAll
    static void stop() {
        shogun.close();
    }

    @BeforeEach
    void reset() {
        shogun.reset();
    }

    @Test
    void generateToken_demoCredentials_returnsTheDocumentedShapeAndA3600SecondToken() throws Exception {
        HttpResponse<String> response = post("/api/v1/security/api/generate_token",
                "{\"client_id\":\"your-client-id\",\"client_secret\":\"your-client-secret\"}");

        JsonNode body = JSON.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body.get("status").asBoolean()).isTrue();
        assertThat(body.get("response_code").asText()).isEqualTo("00");
        assertThat(body.get("message").asText()).isEqualTo("Token generated successfully");
        assertThat(body.at("/data/expires_in").asInt()).isEqualTo(3600);
        assertThat(body.at("/data/token").asText()).startsWith("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.");
    }

    @Test
    void bearerCall_oneHourLater_isExpired_inVirtualTimeOnly() throws Exception {
        String token = token();
        assertThat(get("/api/v1/account/api/fetch_customer_accounts", token).statusCode()).isEqualTo(200);
        long started = System.nanoTime();

        shogun.clock().advance(Duration.ofSeconds(3599));
        assertThat(get("/api/v1/account/api/fetch_customer_accounts", token).statusCode()).isEqualTo(200);
        shogun.clock().advance(Duration.ofSeconds(1));
        HttpResponse<String> expired = get("/api/v1/account/api/fetch_customer_accounts", token);

        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(expired.body()).get("response_code").asText()).isEqualTo("42");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void expiredToken_responseCode42Form_answers200WithCode42() throws Exception {
        String token = token();
        shogun.expiredTokenForm(ShogunProfile.ExpiredTokenForm.RESPONSE_CODE_42);
        shogun.clock().advance(Duration.ofHours(2));

        HttpResponse<String> response = get("/api/v1/account/api/fetch_customer_accounts", token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("response_code").asText()).isEqualTo("42");
    }

    @Test
    void lockout_afterMaxFailures_refusesTheCorrectSecretUntilTheDurationPasses() throws Exception {
        ShogunProfile.Lockout lockout = shogun.profile().lockout();
        for (int i = 0; i < lockout.maxFailures(); i++) {
            assertThat(post("/api/v1/security/api/generate_token",
                    "{\"client_id\":\"your-client-id\",\"client_secret\":\"wrong\"}").statusCode()).isEqualTo(401);
        }

        HttpResponse<String> locked = post("/api/v1/security/api/generate_token",
                "{\"client_id\":\"your-client-id\",\"client_secret\":\"your-client-secret\"}");
        assertThat(locked.statusCode()).isEqualTo(lockout.status());
        assertThat(locked.headers().firstValue("Retry-After")).hasValue(Long.toString(lockout.duration().toSeconds()));

        shogun.clock().advance(lockout.duration().minusSeconds(1));
        assertThat(post("/api/v1/security/api/generate_token",
                "{\"client_id\":\"your-client-id\",\"client_secret\":\"your-client-secret\"}").statusCode())
                .isEqualTo(lockout.status());
        shogun.clock().advance(Duration.ofSeconds(1));
        assertThat(token()).isNotEmpty();
    }

    @Test
    void rotation_oldSecretRefusedAtOnce_newOneAccepted() throws Exception {
        String newSecret = shogun.rotateSecret("your-client-id", null);

        assertThat(post("/api/v1/security/api/generate_token",
                "{\"client_id\":\"your-client-id\",\"client_secret\":\"your-client-secret\"}").statusCode())
                .isEqualTo(401);
        assertThat(post("/api/v1/security/api/generate_token",
                "{\"client_id\":\"your-client-id\",\"client_secret\":\"" + newSecret + "\"}").statusCode())
                .isEqualTo(200);
    }

    @Test
    void validateToken_reportsClaimsWithZonelessTimestamps() throws Exception {
        HttpResponse<String> response = get("/api/v1/security/api/validate_token", token());

        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("message").asText()).isEqualTo("Token is valid");
        assertThat(body.at("/data/username").asText()).isEqualTo("your-username");
        assertThat(body.at("/data/issued_at").asText()).isEqualTo("2024-01-15T10:30:00");
        assertThat(body.at("/data/expires_at").asText()).isEqualTo("2024-01-15T11:30:00");
    }

    @Test
    void login_setsAnHttpOnlySecureCookieWithTheTokensLifetime() throws Exception {
        HttpResponse<String> response = post("/api/v1/auth/web/login",
                "{\"email\":\"you@business.com\",\"password\":\"yourpassword\"}");

        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        String token = JSON.readTree(response.body()).at("/data/token").asText();
        assertThat(cookie).startsWith("shogun_session=" + token + ";").contains("HttpOnly").contains("Secure")
                .contains("SameSite=Strict").contains("Max-Age=" + shogun.profile().dashboardToken().ttl().toSeconds());
        assertThat(get("/api/v1/account/web/profile", token).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/account/web/profile", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/account/api/fetch_customer_accounts", token).statusCode()).isEqualTo(401);
    }

    @Test
    void adminApi_advancesTheClockAndHidesSecretsInTheJournal() throws Exception {
        post("/api/v1/security/api/generate_token",
                "{\"client_id\":\"your-client-id\",\"client_secret\":\"your-client-secret\"}");
        HttpResponse<String> advanced = post("/__admin/shogun/clock/advance", "{\"seconds\":3600}");
        HttpResponse<String> journal = get("/__admin/shogun/journal", null);

        assertThat(advanced.statusCode()).as(advanced.body()).isEqualTo(200);
        assertThat(JSON.readTree(advanced.body()).get("iso").asText()).isEqualTo("2024-01-15T11:30:00Z");
        assertThat(journal.body()).contains("generate_token").contains("\\\"client_secret\\\":\\\"***\\\"")
                .doesNotContain("your-client-secret");
    }

    @Test
    void faults_connectionReset_thenServedNormally() throws Exception {
        shogun.injectFault("/api/v1/security/api/generate_token", ShogunSimulator.FaultKind.CONNECTION_RESET, 1, 0);

        assertThatThrownBy(() -> post("/api/v1/security/api/generate_token",
                "{\"client_id\":\"your-client-id\",\"client_secret\":\"your-client-secret\"}"))
                .isInstanceOf(IOException.class);
        assertThat(token()).isNotEmpty();
    }

    @Test
    void faults_serverErrorThenSlow_thenServedNormally() throws Exception {
        shogun.injectFault(null, ShogunSimulator.FaultKind.SERVER_ERROR, 1, 0);
        shogun.injectFault("/api/v1/security/api/generate_token", ShogunSimulator.FaultKind.SLOW, 1, 200);

        assertThat(post("/api/v1/security/api/generate_token", "{}").statusCode()).isEqualTo(503);
        long started = System.nanoTime();
        assertThat(token()).isNotEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        assertThat(token()).isNotEmpty();
    }

    @Test
    void rotation_profileRevoked_refusesTokensIssuedWithTheOldSecret() throws Exception {
        ShogunProfile base = shogun.profile();
        ShogunProfile revoking = new ShogunProfile(base.name(), base.integrationTokenTtl(), base.dashboardToken(),
                base.lockout(), base.expiredToken(), ShogunProfile.RotationPolicy.REVOKED, base.responseCodes(),
                base.errors());
        try (ShogunSimulator strict = ShogunSimulator.builder().profile(revoking).start()) {
            String token = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(strict.baseUrl()
                            + "/api/v1/security/api/generate_token")).POST(HttpRequest.BodyPublishers.ofString(
                            "{\"client_id\":\"your-client-id\",\"client_secret\":\"your-client-secret\"}")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).at("/data/token").asText();
            HttpRequest call = HttpRequest.newBuilder(URI.create(strict.baseUrl()
                    + "/api/v1/account/api/fetch_customer_accounts")).header("Authorization", "Bearer " + token).build();

            assertThat(HTTP.send(call, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            strict.rotateSecret("your-client-id", null);
            assertThat(HTTP.send(call, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        }
        String kept = token();
        shogun.rotateSecret("your-client-id", null);
        assertThat(get("/api/v1/account/api/fetch_customer_accounts", kept).statusCode())
                .as("the default profile keeps tokens valid until exp").isEqualTo(200);
    }

    @Test
    void journal_recordsVirtualTimestamps() throws Exception {
        token();
        shogun.clock().advance(Duration.ofSeconds(90));
        token();

        assertThat(shogun.journal().forPath("/api/v1/security/api/generate_token"))
                .extracting(entry -> entry.virtualTime().getEpochSecond() - ShogunSimulator.DEFAULT_START.getEpochSecond())
                .containsExactly(0L, 90L);
    }

    private static String token() throws Exception {
        return JSON.readTree(post("/api/v1/security/api/generate_token",
                "{\"client_id\":\"your-client-id\",\"client_secret\":\"your-client-secret\"}").body())
                .at("/data/token").asText();
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(shogun.baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(shogun.baseUrl() + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
