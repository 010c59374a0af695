package io.shogun.authkit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shogun.authkit.spi.JwtVerification;
import io.shogun.authkit.vectors.ShogunProfile;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The Shogun API as the spec and the profile describe it, as plain request-in, response-out logic over the virtual
 * clock. Every request is journalled with its virtual time.
 */
final class ShogunApi {

    static final String GENERATE_TOKEN = "/api/v1/security/api/generate_token";
    static final String VALIDATE_TOKEN = "/api/v1/security/api/validate_token";
    static final String LOGIN = "/api/v1/auth/web/login";
    static final String API_PREFIX = "/api/v1/";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final SimulatorSettings settings;
    private final VirtualClock clock;
    private final Accounts accounts;
    private final Tokens tokens;
    private final Faults faults;
    private final Journal journal;
    private final java.util.Set<Deviation> deviations;

    ShogunApi(SimulatorSettings settings, VirtualClock clock, Accounts accounts, Tokens tokens, Faults faults,
            Journal journal, java.util.Set<Deviation> deviations) {
        this.deviations = deviations;
        this.settings = settings;
        this.clock = clock;
        this.accounts = accounts;
        this.tokens = tokens;
        this.faults = faults;
        this.journal = journal;
    }

    SimResponse handle(SimRequest request) {
        Instant arrived = clock.instant();
        SimResponse response = faulted(request).orElseGet(() -> route(request));
        journal.record(arrived, request, response.fault() == null ? response.status() : 0);
        return response;
    }

    private Optional<SimResponse> faulted(SimRequest request) {
        return faults.take(request.path()).flatMap(fault -> switch (fault.kind()) {
            case CONNECTION_RESET -> Optional.of(SimResponse.fault(SimResponse.Fault.CONNECTION_RESET));
            case EMPTY_RESPONSE -> Optional.of(SimResponse.fault(SimResponse.Fault.EMPTY_RESPONSE));
            case SERVER_ERROR -> Optional.of(SimResponse.json(503,
                    "{\"status\":false,\"response_code\":\"99\",\"message\":\"Service temporarily unavailable\","
                            + "\"data\":null}"));
            case SLOW -> Optional.of(route(request).delayedBy(fault.delayMillis()));
            case UNAUTHORIZED -> Optional.of(error("invalidToken"));
            case EXPIRED_42 -> Optional.of(SimResponse.json(settings.profile().expiredToken().responseCode42Status(),
                    settings.profile().error("expiredToken").bodyJson()));
        });
    }

    private SimResponse route(SimRequest request) {
        String path = request.path();
        if (path.equals(GENERATE_TOKEN)) {
            return request.method().equals("POST") ? generateToken(request) : methodNotAllowed();
        }
        if (path.equals(LOGIN)) {
            return request.method().equals("POST") ? login(request) : methodNotAllowed();
        }
        if (path.equals(VALIDATE_TOKEN)) {
            return authenticated(request, Tokens.Kind.INTEGRATION).orElseGet(() -> validate(request));
        }
        if (path.startsWith(API_PREFIX)) {
            Tokens.Kind kind = path.contains("/web/") ? Tokens.Kind.DASHBOARD : Tokens.Kind.INTEGRATION;
            return authenticated(request, kind).orElseGet(() -> SimResponse.json(200,
                    "{\"status\":true,\"response_code\":\"00\",\"message\":\"Request successful\",\"data\":[]}"));
        }
        return SimResponse.json(404, "{\"status\":false,\"response_code\":\"404\",\"message\":\"Not found\","
                + "\"data\":null}");
    }

    private SimResponse generateToken(SimRequest request) {
        Optional<JsonNode> body = jsonBody(request);
        String clientId = body.map(node -> node.path("client_id").asText(null)).orElse(null);
        String secret = body.map(node -> node.path("client_secret").asText(null)).orElse(null);
        if (clientId == null || secret == null) {
            return error("invalidCredentials");
        }
        Instant now = clock.instant();
        Accounts.AttemptResult attempt = accounts.tryClient(clientId, secret, now);
        return switch (attempt.attempt()) {
            case LOCKED -> locked(now, attempt.lockedUntil());
            case REFUSED -> error("invalidCredentials");
            case ACCEPTED -> {
                Accounts.Client client = accounts.client(clientId).orElseThrow();
                Duration ttl = settings.profile().integrationTokenTtl();
                String token = tokens.issue(Tokens.Kind.INTEGRATION, client, attempt.secretVersion(), ttl);
                ObjectNode response = JSON.createObjectNode()
                        .put("status", true).put("response_code", "00").put("message", "Token generated successfully");
                response.putObject("data").put("token", token).put("expires_in", ttl.getSeconds());
                yield SimResponse.json(200, response.toString());
            }
        };
    }

    private SimResponse login(SimRequest request) {
        Optional<JsonNode> body = jsonBody(request);
        String email = body.map(node -> node.path("email").asText(null)).orElse(null);
        String password = body.map(node -> node.path("password").asText(null)).orElse(null);
        if (email == null || password == null) {
            return error("invalidLogin");
        }
        Instant now = clock.instant();
        Accounts.AttemptResult attempt = accounts.tryUser(email, password, now);
        return switch (attempt.attempt()) {
            case LOCKED -> locked(now, attempt.lockedUntil());
            case REFUSED -> error("invalidLogin");
            case ACCEPTED -> {
                ShogunProfile.DashboardToken dashboard = settings.profile().dashboardToken();
                Accounts.Client user = new Accounts.Client(email, null, email, java.util.List.of());
                String token = tokens.issue(Tokens.Kind.DASHBOARD, user, attempt.secretVersion(), dashboard.ttl());
                ObjectNode response = JSON.createObjectNode()
                        .put("status", true).put("response_code", "00").put("message", "Login successful");
                response.putObject("data").put("token", token).put("expires_in", dashboard.ttl().getSeconds());
                yield SimResponse.json(200, response.toString()).withHeader("Set-Cookie",
                        cookie(dashboard, token, !deviations.contains(Deviation.COOKIE_WITHOUT_HTTP_ONLY)));
            }
        };
    }

    private static String cookie(ShogunProfile.DashboardToken dashboard, String token, boolean httpOnly) {
        StringBuilder cookie = new StringBuilder(dashboard.cookieName()).append('=').append(token)
                .append("; Max-Age=").append(dashboard.ttl().getSeconds())
                .append("; Path=").append(dashboard.cookiePath());
        if (dashboard.secure()) {
            cookie.append("; Secure");
        }
        if (dashboard.httpOnly() && httpOnly) {
            cookie.append("; HttpOnly");
        }
        return cookie.append("; SameSite=").append(dashboard.sameSite()).toString();
    }

    private SimResponse validate(SimRequest request) {
        Tokens.Check check = tokens.check(bearer(request).orElseThrow());
        if (!(check.verification() instanceof JwtVerification.Accepted accepted)) {
            // The clock moved past exp since the token was authenticated a moment ago (the soak found this race).
            return check.expired() ? expired() : error("invalidToken");
        }
        ObjectNode response = JSON.createObjectNode().put("status", true).put("message", "Token is valid");
        ObjectNode data = response.putObject("data");
        data.set("username", JSON.valueToTree(accepted.claims().get("username")));
        data.set("client_id", JSON.valueToTree(accepted.claims().get("client_id")));
        data.set("authorities", JSON.valueToTree(accepted.claims().get("authorities")));
        data.put("issued_at", local(((Number) accepted.claims().get("iat")).longValue()));
        data.put("expires_at", local(((Number) accepted.claims().get("exp")).longValue()));
        return SimResponse.json(200, response.toString());
    }

    /** Empty when the request carries a good token of the right kind; otherwise the error to answer with. */
    private Optional<SimResponse> authenticated(SimRequest request, Tokens.Kind kind) {
        if (request.header("Authorization").isEmpty()) {
            return Optional.of(error("missingToken"));
        }
        Optional<String> token = bearer(request);
        if (token.isEmpty()) {
            return Optional.of(error("invalidToken"));
        }
        Tokens.Check check = tokens.check(token.get());
        // EXPIRED comes only after the MAC matched, so the simulator issued this token even if it has forgotten it.
        if (check.expired() && !deviations.contains(Deviation.ACCEPTS_EXPIRED_TOKENS)) {
            return Optional.of(expired());
        }
        if (check.expired() && check.issued().isPresent()) {
            return Optional.empty();
        }
        if (!check.verification().accepted() || check.issued().isEmpty() || check.issued().get().kind() != kind) {
            return Optional.of(error("invalidToken"));
        }
        Tokens.Issued issued = check.issued().get();
        if (kind == Tokens.Kind.INTEGRATION
                && settings.profile().rotation() == ShogunProfile.RotationPolicy.REVOKED
                && accounts.client(issued.subject()).map(client -> client.secretVersion() != issued.secretVersion())
                        .orElse(true)) {
            return Optional.of(error("invalidToken"));
        }
        return Optional.empty();
    }

    private SimResponse expired() {
        if (settings.expiredTokenForm() == ShogunProfile.ExpiredTokenForm.RESPONSE_CODE_42) {
            ShogunProfile.ErrorResponse error = settings.profile().error("expiredToken");
            return SimResponse.json(settings.profile().expiredToken().responseCode42Status(), error.bodyJson());
        }
        return error("expiredToken");
    }

    private SimResponse locked(Instant now, Instant until) {
        SimResponse response = error("lockedOut");
        if (settings.profile().lockout().retryAfter()) {
            long seconds = Math.max(1, Duration.between(now, until).toSeconds()
                    + (Duration.between(now, until).toNanosPart() > 0 ? 1 : 0));
            response = response.withHeader("Retry-After", Long.toString(seconds));
        }
        return response;
    }

    private SimResponse error(String name) {
        ShogunProfile.ErrorResponse error = settings.profile().error(name);
        SimResponse response = SimResponse.json(error.status(), error.bodyJson());
        return error.status() == 401 ? response.withHeader("WWW-Authenticate", "Bearer realm=\"shogun\"") : response;
    }

    private static SimResponse methodNotAllowed() {
        return SimResponse.json(405, "{\"status\":false,\"response_code\":\"405\",\"message\":\"Method not allowed\","
                + "\"data\":null}");
    }

    /** The token of an {@code Authorization: Bearer <token>} header (scheme case-insensitive, one space). */
    private static Optional<String> bearer(SimRequest request) {
        return request.header("Authorization")
                .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7) && value.length() > 7)
                .map(value -> value.substring(7));
    }

    private static Optional<JsonNode> jsonBody(SimRequest request) {
        try {
            JsonNode node = JSON.readTree(request.body());
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String local(long epochSeconds) {
        return LocalDateTime.ofEpochSecond(epochSeconds, 0, ZoneOffset.UTC).format(LOCAL);
    }
}
