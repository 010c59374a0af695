package io.shogun.authkit.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shogun.authkit.spi.ClientResponse;
import io.shogun.authkit.spi.TokenClient;
import io.shogun.authkit.spi.TokenClientSetup;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The kit's Shogun integration client.
 * <ul>
 *   <li>One cached token serves every call until it nears expiry, by the client's clock and the {@code expires_in}
 *       of the response.</li>
 *   <li>Inside the refresh window ({@link Policy#refreshBefore}, at most half the token's lifetime) one caller
 *       refreshes while the others keep using the still-valid token; if that refresh fails, the token is kept.</li>
 *   <li>With no usable token, exactly one caller fetches (single flight); the others wait for its result.</li>
 *   <li>A 401 or {@code response_code "42"} on a call drops the token, fetches one new token and retries once; a
 *       second failure is returned, not retried.</li>
 *   <li>Refused credentials are retried with capped, jittered exponential back-off, at most
 *       {@link Policy#credentialAttempts} times (fewer than Shogun's lockout threshold), then reported; the same
 *       secret is not tried again for {@link Policy#credentialsCoolDown}, a new secret (after a rotation) at once.</li>
 *   <li>A lockout (429) is waited out: no token request before its {@code Retry-After} has passed.</li>
 *   <li>5xx and connection failures on the token endpoint are retried with back-off.</li>
 * </ul>
 * The client secret goes only into the token request's body; it is never logged and not in {@link #toString()}.
 * Safe for concurrent use.
 */
public final class ReferenceTokenClient implements TokenClient {

    static final String GENERATE_TOKEN = "/api/v1/security/api/generate_token";
    static final String VALIDATE_TOKEN = "/api/v1/security/api/validate_token";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param refreshBefore       refresh this long before expiry (capped at half the token's lifetime)
     * @param backoff             waits between retries of the token request
     * @param credentialAttempts  token requests per burst when the credentials are refused; keep it below the
     *                            server's lockout threshold
     * @param transientAttempts   token requests per burst on 5xx or connection failures
     * @param credentialsCoolDown how long a refused secret is not tried again; longer than the lockout window
     * @param defaultLockout      how long to wait after a 429 without {@code Retry-After}
     */
    public record Policy(Duration refreshBefore, Backoff backoff, int credentialAttempts, int transientAttempts,
            Duration credentialsCoolDown, Duration defaultLockout) {

        /** 5 min refresh window, 1 s doubling back-off to 30 s, 3 credential attempts, 4 transient, 20 min, 15 min. */
        public static final Policy DEFAULT = new Policy(Duration.ofMinutes(5), Backoff.DEFAULT, 3, 4,
                Duration.ofMinutes(20), Duration.ofMinutes(15));
    }

    private final TokenClientSetup setup;
    private final Policy policy;
    private final HttpClient http;
    private final ReentrantLock fetching = new ReentrantLock();
    private volatile ShogunToken token;
    private volatile Instant lockedUntil = Instant.MIN;
    private volatile String refusedSecret;
    private volatile Instant refusedAt = Instant.MIN;

    public ReferenceTokenClient(TokenClientSetup setup) {
        this(setup, Policy.DEFAULT);
    }

    public ReferenceTokenClient(TokenClientSetup setup, Policy policy) {
        this.setup = setup;
        this.policy = policy;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Override
    public ClientResponse call(String method, String path) {
        Fetched first = usableToken(null);
        if (first.failure != null) {
            return first.failure;
        }
        HttpResponse<String> response;
        try {
            response = send(method, path, first.token);
        } catch (IOException e) {
            setup.log().accept("call " + method + " " + path + " failed: " + e.getClass().getSimpleName());
            return ClientResponse.failed(ClientResponse.Outcome.UNAVAILABLE, 0);
        }
        if (!rejectsToken(response)) {
            return ClientResponse.answered(response.statusCode(), response.body());
        }
        setup.log().accept("call " + method + " " + path + ": token refused (" + response.statusCode()
                + "), fetching a new one and retrying once");
        Fetched second = usableToken(first.token);
        if (second.failure != null) {
            return second.failure;
        }
        try {
            HttpResponse<String> retried = send(method, path, second.token);
            return ClientResponse.answered(retried.statusCode(), retried.body());
        } catch (IOException e) {
            return ClientResponse.failed(ClientResponse.Outcome.UNAVAILABLE, 0);
        }
    }

    /**
     * The {@code Authorization} header value ({@code Bearer <token>}) for a request the caller sends with its own
     * HTTP client, fetching a token when none is usable exactly as {@link #call} does; empty when none can be had
     * (locked out, credentials refused, unavailable: the log says which). While the cached token is fresh this is
     * one volatile read and one clock read: no lock, no allocation.
     */
    public Optional<String> authorization() {
        ShogunToken cached = token;
        if (cached != null && cached.fresh(setup.clock().instant())) {
            return cached.authorization();
        }
        Fetched fetched = usableToken(null);
        return fetched.failure != null ? Optional.empty() : fetched.token.authorization();
    }

    @Override
    public Optional<TokenInfo> validateToken() {
        Fetched fetched = usableToken(null);
        if (fetched.failure != null) {
            return Optional.empty();
        }
        try {
            HttpResponse<String> response = send("GET", VALIDATE_TOKEN, fetched.token);
            JsonNode data = JSON.readTree(response.body()).path("data");
            if (response.statusCode() != 200 || !data.isObject()) {
                return Optional.empty();
            }
            List<String> authorities = new ArrayList<>();
            data.path("authorities").forEach(authority -> authorities.add(authority.asText()));
            return Optional.of(new TokenInfo(data.path("username").asText(), data.path("client_id").asText(),
                    authorities, utc(data.path("issued_at").asText()), utc(data.path("expires_at").asText())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "ReferenceTokenClient[" + setup.baseUrl() + ", client_id=" + setup.clientId() + "]";
    }

    // ---- the token ---------------------------------------------------------------------------------------------

    /** A token to use, or why there is none. */
    private record Fetched(ShogunToken token, ClientResponse failure) {
    }

    /**
     * A token to send. {@code rejected}: the token the server just refused (never returned again). Refreshes
     * proactively inside the window without blocking other callers; fetches under the lock otherwise.
     */
    private Fetched usableToken(ShogunToken rejected) {
        Instant now = setup.clock().instant();
        ShogunToken cached = token;
        if (cached != null && cached != rejected && !cached.expiredAt(now)) {
            if (!cached.fresh(now) && fetching.tryLock()) {
                try {
                    if (token == cached) {
                        Fetched refreshed = fetch();
                        if (refreshed.failure != null) {
                            setup.log().accept("proactive refresh failed; keeping the current token until "
                                    + cached.expires());
                        }
                    }
                } finally {
                    fetching.unlock();
                }
            }
            return new Fetched(token, null);
        }
        fetching.lock();
        try {
            ShogunToken current = token;
            if (current != null && current != rejected && !current.expiredAt(setup.clock().instant())) {
                return new Fetched(current, null);
            }
            if (current == rejected) {
                token = null;
            }
            return fetch();
        } finally {
            fetching.unlock();
        }
    }

    /** Token requests with back-off; called with the lock held. */
    private Fetched fetch() {
        int credentialFailures = 0;
        int transientFailures = 0;
        while (true) {
            Instant now = setup.clock().instant();
            if (now.isBefore(lockedUntil)) {
                setup.log().accept("locked out until " + lockedUntil + "; not asking for a token");
                return failure(ClientResponse.Outcome.LOCKED_OUT, 429);
            }
            String secret = setup.clientSecret().get();
            if (secret.equals(refusedSecret) && now.isBefore(refusedAt.plus(policy.credentialsCoolDown()))) {
                return failure(ClientResponse.Outcome.INVALID_CREDENTIALS, 401);
            }
            HttpResponse<String> response;
            try {
                setup.log().accept("requesting a token for client_id=" + setup.clientId());
                response = requestToken(secret);
            } catch (IOException e) {
                response = null;
                setup.log().accept("token request failed: " + e.getClass().getSimpleName());
            }
            int status = response == null ? 0 : response.statusCode();
            if (status == 200) {
                Optional<ShogunToken> issued = parse(response.body(), now, policy.refreshBefore());
                if (issued.isPresent()) {
                    token = issued.get();
                    refusedSecret = null;
                    setup.log().accept("token obtained, valid until " + issued.get().expires());
                    return new Fetched(issued.get(), null);
                }
                status = 0;
            }
            if (status == 429) {
                Duration wait = retryAfter(response).orElse(policy.defaultLockout());
                lockedUntil = now.plus(wait);
                setup.log().accept("locked out for " + wait.toSeconds() + " s");
                return failure(ClientResponse.Outcome.LOCKED_OUT, 429);
            }
            if (status == 400 || status == 401 || status == 403) {
                credentialFailures++;
                setup.log().accept("credentials refused (" + status + "), attempt " + credentialFailures + " of "
                        + policy.credentialAttempts());
                if (credentialFailures >= policy.credentialAttempts()) {
                    refusedSecret = secret;
                    refusedAt = setup.clock().instant();
                    return failure(ClientResponse.Outcome.INVALID_CREDENTIALS, status);
                }
                sleep(policy.backoff().delay(credentialFailures));
                continue;
            }
            transientFailures++;
            if (transientFailures >= policy.transientAttempts()) {
                return failure(ClientResponse.Outcome.UNAVAILABLE, status);
            }
            sleep(policy.backoff().delay(transientFailures));
        }
    }

    private HttpResponse<String> requestToken(String secret) throws IOException {
        String body = JSON.createObjectNode().put("client_id", setup.clientId()).put("client_secret", secret)
                .toString();
        HttpRequest request = HttpRequest.newBuilder(uri(GENERATE_TOKEN)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return exchange(request);
    }

    private HttpResponse<String> send(String method, String path, ShogunToken bearer) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", bearer.authorization().orElseThrow())
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return exchange(request);
    }

    private HttpResponse<String> exchange(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static boolean rejectsToken(HttpResponse<String> response) {
        if (response.statusCode() == 401) {
            return true;
        }
        try {
            return "42".equals(JSON.readTree(response.body()).path("response_code").asText());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Optional<ShogunToken> parse(String body, Instant now, Duration refreshBefore) {
        try {
            JsonNode data = JSON.readTree(body).path("data");
            String value = data.path("token").asText("");
            long expiresIn = data.path("expires_in").asLong(0);
            if (value.isEmpty() || expiresIn <= 0) {
                return Optional.empty();
            }
            return Optional.of(ShogunToken.of(value, now, now.plusSeconds(expiresIn), refreshBefore));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> retryAfter(HttpResponse<String> response) {
        try {
            return response.headers().firstValue("Retry-After").map(Long::parseLong).map(Duration::ofSeconds);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void sleep(Duration duration) {
        try {
            setup.sleeper().sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private URI uri(String path) {
        String base = setup.baseUrl().toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }

    private static Fetched failure(ClientResponse.Outcome outcome, int status) {
        return new Fetched(null, ClientResponse.failed(outcome, status));
    }

    private static Instant utc(String localDateTime) {
        return LocalDateTime.parse(localDateTime).toInstant(ZoneOffset.UTC);
    }
}
