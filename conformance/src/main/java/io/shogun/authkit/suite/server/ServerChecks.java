package io.shogun.authkit.suite.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shogun.authkit.suite.Requirement;
import io.shogun.authkit.suite.RequirementCatalogue;
import io.shogun.authkit.vectors.ApiExchange;
import io.shogun.authkit.vectors.ShogunProfile;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.opentest4j.AssertionFailedError;

/**
 * What the server suite checks: every documented and modelled exchange of the vectors, replayed with whatever set-up
 * it needs (a token, an expired clock, a lockout, a rotation), and deeper checks of token claims and lifetime, the
 * lockout threshold and its end, rotation and cookie attributes. Checks that must drive time or accounts need the
 * kit's admin API and are skipped without it.
 */
final class ServerChecks {

    static final String AREA = "server";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOC_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...";

    /** One check, filed under a requirement. */
    record Check(Requirement requirement, String name, Runnable body) {
    }

    private final ServerUnderTest server;
    private final ShogunProfile profile;
    private final RequirementCatalogue catalogue = RequirementCatalogue.bundled();

    ServerChecks(ServerUnderTest server, ShogunProfile profile) {
        this.server = server;
        this.profile = profile;
    }

    List<Check> all(List<ApiExchange> exchanges) {
        List<Check> checks = new ArrayList<>();
        for (ApiExchange exchange : exchanges) {
            checks.add(new Check(catalogue.forCase(AREA, exchange), "exchange " + exchange.exchange() + ": "
                    + exchange.comment() + " (" + exchange.provenance().name().toLowerCase() + ")",
                    () -> replay(exchange)));
        }
        checks.add(new Check(catalogue.byId("SERVER-TOKEN"), "token claims, iat on the clock and exp = iat + expires_in",
                this::tokenClaimsAndLifetime));
        checks.add(new Check(catalogue.byId("SERVER-VALIDATE"), "validate_token's issued_at and expires_at are the "
                + "token's iat and exp in UTC", this::validateTimestamps));
        checks.add(new Check(catalogue.byId("SERVER-EXPIRY"), "a token works one second before exp and not at exp",
                this::expiryBoundary));
        checks.add(new Check(catalogue.byId("SERVER-LOCKOUT"), "one failure fewer than the threshold does not lock",
                this::lockoutThreshold));
        checks.add(new Check(catalogue.byId("SERVER-LOCKOUT"), "the lockout lasts exactly its duration",
                this::lockoutDuration));
        checks.add(new Check(catalogue.byId("SERVER-ROTATION"), "after a rotation the new secret works and the old "
                + "one does not", this::rotation));
        checks.add(new Check(catalogue.byId("SERVER-DASHBOARD"), "the session cookie is HttpOnly, Secure, SameSite and "
                + "lives as long as the token", this::cookieAttributes));
        return checks;
    }

    // ---- exchange replay -------------------------------------------------------------------------------------

    private void replay(ApiExchange exchange) {
        Map<String, String> substitutions = substitutions();
        String name = exchange.exchange();
        resetIfPossible();
        switch (name) {
            case "fetch_customer_accounts/authorized", "validate_token/valid" ->
                    substitutions.put(DOC_TOKEN, token());
            case "fetch_customer_accounts/invalid_token" -> substitutions.put(DOC_TOKEN, forged(token()));
            case "fetch_customer_accounts/expired_401", "validate_token/expired" -> {
                needAdmin("moving the clock past a token's exp");
                substitutions.put(DOC_TOKEN, token());
                server.expiredTokenForm(ShogunProfile.ExpiredTokenForm.HTTP_401);
                server.advanceClock(profile.integrationTokenTtl().toSeconds());
            }
            case "fetch_customer_accounts/expired_42" -> {
                needAdmin("moving the clock past a token's exp");
                substitutions.put(DOC_TOKEN, token());
                server.expiredTokenForm(ShogunProfile.ExpiredTokenForm.RESPONSE_CODE_42);
                server.advanceClock(profile.integrationTokenTtl().toSeconds());
            }
            case "generate_token/locked_out", "generate_token/locked_out_correct_secret" -> {
                needAdmin("undoing the lockout afterwards");
                failLogins(profile.lockout().maxFailures());
            }
            case "generate_token/rotated_secret" -> {
                needAdmin("rotating the client secret");
                substitutions.put("your-previous-client-secret", server.credentials().clientSecret());
                server.rotate(server.credentials().clientId());
            }
            case "web/authorized" -> substitutions.put(DOC_TOKEN, dashboardToken());
            default -> {
                // the request needs nothing before it
            }
        }
        ApiExchange.Request request = exchange.request();
        Map<String, String> headers = new LinkedHashMap<>();
        request.headers().forEach((header, value) -> headers.put(header, substitute(value, substitutions)));
        HttpResponse<String> response = server.http().send(request.method(), request.path(), headers,
                request.bodyJson().map(body -> substitute(body, substitutions)).orElse(null));
        String expectedBody = exchange.response().bodyJson().map(body -> substitute(body, substitutions)).orElse(null);
        List<String> differences = ResponseMatch.differences(exchange.response(), expectedBody, exchange.variables(),
                response);
        if (!differences.isEmpty()) {
            throw new AssertionFailedError(exchange.exchange() + " (" + exchange.provenance().name().toLowerCase()
                    + "): " + request.method() + " " + request.path() + " answered differently:\n  "
                    + String.join("\n  ", differences) + "\n  spec: " + exchange.quote());
        }
    }

    private Map<String, String> substitutions() {
        ServerUnderTest.Credentials credentials = server.credentials();
        Map<String, String> substitutions = new LinkedHashMap<>();
        substitutions.put("your-client-id", credentials.clientId());
        substitutions.put("your-client-secret", credentials.clientSecret());
        substitutions.put("your-username", credentials.username());
        substitutions.put("you@business.com", credentials.email());
        substitutions.put("yourpassword", credentials.password());
        return substitutions;
    }

    private static String substitute(String text, Map<String, String> substitutions) {
        String result = text;
        // longer placeholders first, so "your-previous-client-secret" is not cut by "your-client-secret"
        List<Map.Entry<String, String>> ordered = new ArrayList<>(substitutions.entrySet());
        ordered.sort((a, b) -> b.getKey().length() - a.getKey().length());
        for (Map.Entry<String, String> entry : ordered) {
            result = result.replace(entry.getKey(), entry.getValue());
        }
        return result;
    }

    // ---- deeper checks ---------------------------------------------------------------------------------------

    private void tokenClaimsAndLifetime() {
        resetIfPossible();
        JsonNode body = json(generateToken(server.credentials().clientSecret()));
        JsonNode claims = payload(body.at("/data/token").asText());
        long expiresIn = body.at("/data/expires_in").asLong();
        require(expiresIn == profile.integrationTokenTtl().toSeconds(),
                "expires_in is " + expiresIn + ", the spec says 3600");
        require(claims.path("client_id").asText().equals(server.credentials().clientId()),
                "the token's client_id is " + claims.path("client_id"));
        require(claims.path("username").isTextual() && claims.path("authorities").isArray(),
                "the token lacks username or authorities: " + claims);
        require(claims.path("exp").asLong() - claims.path("iat").asLong() == expiresIn,
                "exp - iat is " + (claims.path("exp").asLong() - claims.path("iat").asLong()) + ", expires_in is "
                        + expiresIn);
        if (server.hasAdmin()) {
            require(claims.path("iat").asLong() == server.clockEpochSeconds(),
                    "iat is " + claims.path("iat") + ", the server's clock reads " + server.clockEpochSeconds());
        }
    }

    private void validateTimestamps() {
        resetIfPossible();
        String token = token();
        JsonNode claims = payload(token);
        JsonNode data = json(server.http().send("GET", "/api/v1/security/api/validate_token",
                Map.of("Authorization", "Bearer " + token), null)).path("data");
        require(data.path("issued_at").asText().equals(local(claims.path("iat").asLong())),
                "issued_at is " + data.path("issued_at") + ", iat is " + claims.path("iat"));
        require(data.path("expires_at").asText().equals(local(claims.path("exp").asLong())),
                "expires_at is " + data.path("expires_at") + ", exp is " + claims.path("exp"));
    }

    private void expiryBoundary() {
        needAdmin("moving the clock");
        resetIfPossible();
        String token = token();
        long ttl = profile.integrationTokenTtl().toSeconds();
        server.advanceClock(ttl - 1);
        require(accountsCall(token).statusCode() == 200, "the token was refused one second before exp");
        server.advanceClock(1);
        HttpResponse<String> atExp = accountsCall(token);
        boolean refused = atExp.statusCode() == 401 || "42".equals(json(atExp).path("response_code").asText());
        require(refused, "the token was accepted at exp (" + atExp.statusCode() + " " + ResponseMatch.shorten(
                atExp.body()) + ")");
    }

    private void lockoutThreshold() {
        needAdmin("undoing the lockout afterwards");
        resetIfPossible();
        failLogins(profile.lockout().maxFailures() - 1);
        int status = generateToken(server.credentials().clientSecret()).statusCode();
        require(status == 200, "after " + (profile.lockout().maxFailures() - 1) + " failures the correct secret got "
                + status + "; the lockout starts after " + profile.lockout().maxFailures());
    }

    private void lockoutDuration() {
        needAdmin("moving the clock");
        resetIfPossible();
        failLogins(profile.lockout().maxFailures());
        long duration = profile.lockout().duration().toSeconds();
        HttpResponse<String> locked = generateToken(server.credentials().clientSecret());
        require(locked.statusCode() == profile.lockout().status(), "after " + profile.lockout().maxFailures()
                + " failures the correct secret got " + locked.statusCode() + ", not the lockout's "
                + profile.lockout().status());
        if (profile.lockout().retryAfter()) {
            long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElse("-1"));
            require(retryAfter > 0 && retryAfter <= duration, "Retry-After is " + retryAfter + ", the lockout lasts "
                    + duration + " s");
        }
        server.advanceClock(duration - 1);
        require(generateToken(server.credentials().clientSecret()).statusCode() == profile.lockout().status(),
                "the lockout ended before its " + duration + " s");
        server.advanceClock(1);
        int after = generateToken(server.credentials().clientSecret()).statusCode();
        require(after == 200, "the lockout did not end after " + duration + " s (" + after + ")");
    }

    private void rotation() {
        needAdmin("rotating the client secret");
        resetIfPossible();
        String old = server.credentials().clientSecret();
        String fresh = server.rotate(server.credentials().clientId());
        require(generateToken(fresh).statusCode() == 200, "the new secret was refused");
        int oldStatus = generateToken(old).statusCode();
        require(oldStatus == 401, "the old secret got " + oldStatus + " after the rotation, not 401");
    }

    private void cookieAttributes() {
        resetIfPossible();
        HttpResponse<String> login = login();
        require(login.statusCode() == 200, "login answered " + login.statusCode());
        String cookie = login.headers().firstValue("Set-Cookie").orElse("");
        String lower = cookie.toLowerCase(java.util.Locale.ROOT);
        JsonNode data = json(login).path("data");
        ShogunProfile.DashboardToken expected = profile.dashboardToken();
        require(cookie.startsWith(expected.cookieName() + "=" + data.path("token").asText() + ";"),
                "the cookie does not carry the token: " + ResponseMatch.shorten(cookie));
        require(lower.contains("; httponly"), "the cookie is not HttpOnly: " + attributesOf(cookie));
        require(!expected.secure() || lower.contains("; secure"), "the cookie is not Secure: " + attributesOf(cookie));
        require(lower.contains("; samesite=" + expected.sameSite().toLowerCase(java.util.Locale.ROOT)),
                "the cookie's SameSite is not " + expected.sameSite() + ": " + attributesOf(cookie));
        require(lower.contains("; max-age=" + data.path("expires_in").asLong()),
                "Max-Age differs from expires_in " + data.path("expires_in") + ": " + attributesOf(cookie));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private void resetIfPossible() {
        if (server.hasAdmin()) {
            server.reset();
        }
    }

    private void needAdmin(String why) {
        Assumptions.assumeTrue(server.hasAdmin(), () -> "needs the kit's admin API (/__admin/shogun/) for " + why);
    }

    private HttpResponse<String> generateToken(String secret) {
        return server.http().postJson("/api/v1/security/api/generate_token", JSON.createObjectNode()
                .put("client_id", server.credentials().clientId()).put("client_secret", secret).toString());
    }

    private void failLogins(int count) {
        for (int i = 0; i < count; i++) {
            generateToken("not-the-secret-" + i);
        }
    }

    private String token() {
        HttpResponse<String> response = generateToken(server.credentials().clientSecret());
        require(response.statusCode() == 200, "generate_token answered " + response.statusCode()
                + " to the configured credentials");
        return json(response).at("/data/token").asText();
    }

    private HttpResponse<String> login() {
        return server.http().postJson("/api/v1/auth/web/login", JSON.createObjectNode()
                .put("email", server.credentials().email()).put("password", server.credentials().password()).toString());
    }

    private String dashboardToken() {
        HttpResponse<String> response = login();
        require(response.statusCode() == 200, "login answered " + response.statusCode());
        return json(response).at("/data/token").asText();
    }

    private HttpResponse<String> accountsCall(String token) {
        return server.http().send("GET", "/api/v1/account/api/fetch_customer_accounts",
                Map.of("Authorization", "Bearer " + token), null);
    }

    private static String forged(String token) {
        char last = token.charAt(token.length() - 2);
        return token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
    }

    private static JsonNode payload(String token) {
        String[] parts = token.split("\\.");
        require(parts.length == 3, "the token is not a compact JWS");
        try {
            return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new AssertionFailedError("the token's payload is not base64url JSON");
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionFailedError("the body is not JSON: " + ResponseMatch.shorten(response.body()));
        }
    }

    private static String local(long epochSeconds) {
        // LocalDateTime.toString() drops ":00" seconds; the documented form always has them.
        return LocalDateTime.ofEpochSecond(epochSeconds, 0, ZoneOffset.UTC)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"));
    }

    private static String attributesOf(String cookie) {
        int semicolon = cookie.indexOf(';');
        return semicolon < 0 ? "(none)" : cookie.substring(semicolon + 1).trim();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new AssertionFailedError(message);
        }
    }
}
