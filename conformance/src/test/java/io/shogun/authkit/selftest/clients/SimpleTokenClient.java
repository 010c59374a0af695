package io.shogun.authkit.selftest.clients;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A second, independent token client written against the published SPI only, with at most one deliberate flaw.
 * Without a flaw it must pass the whole client suite (the control); with one, the suite must fail it.
 */
final class SimpleTokenClient implements TokenClient {

    /** The deliberate flaws; NONE is the control. */
    enum Flaw {
        NONE, NO_CACHE, NO_PROACTIVE_REFRESH, REFRESH_STORM, EVERY_THREAD_REFRESHES, NO_BACKOFF, RETRIES_FOREVER,
        IGNORES_RETRY_AFTER, NO_RETRY_AFTER_42, RETRIES_42_IN_A_LOOP, LOGS_SECRET, SECRET_IN_QUERY, BEARER_MISSPELLED,
        LOGS_SECRET_ON_FAILURE, RETRIES_WITH_OLD_TOKEN, SHORT_REFUSAL_MEMORY, FINAL_401_AS_CREDENTIALS, THROWS_ON_RESET
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN_PATH = "/api/v1/security/api/generate_token";
    private static final Duration WINDOW = Duration.ofMinutes(4);

    private final TokenClientSetup setup;
    private final Flaw flaw;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ReentrantLock lock = new ReentrantLock();
    private volatile String token;
    private volatile Instant obtained = Instant.MIN;
    private volatile Instant expires = Instant.MIN;
    private volatile Instant lockedUntil = Instant.MIN;
    private volatile String refusedSecret;
    private volatile Instant refusedAt = Instant.MIN;

    SimpleTokenClient(TokenClientSetup setup, Flaw flaw) {
        this.setup = setup;
        this.flaw = flaw;
    }

    @Override
    public ClientResponse call(String method, String path) {
        Object first = token(null);
        if (first instanceof ClientResponse failure) {
            return failure;
        }
        HttpResponse<String> response = send(method, path, (String) first);
        if (response == null) {
            return ClientResponse.failed(ClientResponse.Outcome.UNAVAILABLE, 0);
        }
        int retries = flaw == Flaw.RETRIES_42_IN_A_LOOP ? 8 : 1;
        String used = (String) first;
        for (int retry = 0; retry < retries && rejects(response); retry++) {
            Object next = token(used);
            if (next instanceof ClientResponse failure) {
                return failure;
            }
            used = flaw == Flaw.RETRIES_WITH_OLD_TOKEN ? used : (String) next;
            response = send(method, path, used);
            if (response == null) {
                return ClientResponse.failed(ClientResponse.Outcome.UNAVAILABLE, 0);
            }
        }
        if (flaw == Flaw.FINAL_401_AS_CREDENTIALS && response.statusCode() == 401) {
            return ClientResponse.failed(ClientResponse.Outcome.INVALID_CREDENTIALS, 401);
        }
        return ClientResponse.answered(response.statusCode(), response.body());
    }

    /** The token to use (a String) or a failure (a ClientResponse). */
    private Object token(String rejected) {
        Instant now = setup.clock().instant();
        String current = token;
        if (flaw != Flaw.NO_CACHE && current != null && !current.equals(rejected) && now.isBefore(expires)) {
            Duration window = flaw == Flaw.NO_PROACTIVE_REFRESH ? Duration.ZERO : WINDOW;
            if (!now.isBefore(expires.minus(window))) {
                if (flaw == Flaw.REFRESH_STORM) {
                    // The flaw: no single flight, and the refreshed token keeps the old expiry, so every call in
                    // the window refreshes again, whether or not the calls overlap.
                    Instant stale = expires;
                    fetch();
                    expires = stale;
                } else if (lock.tryLock()) {
                    try {
                        if (current.equals(token)) {
                            fetch();
                        }
                    } finally {
                        lock.unlock();
                    }
                }
            }
            return token;
        }
        if (flaw == Flaw.EVERY_THREAD_REFRESHES || flaw == Flaw.NO_CACHE) {
            return fetch();
        }
        lock.lock();
        try {
            String again = token;
            if (again != null && !again.equals(rejected) && setup.clock().instant().isBefore(expires)) {
                return again;
            }
            return fetch();
        } finally {
            lock.unlock();
        }
    }

    private Object fetch() {
        int refused = 0;
        int transientFailures = 0;
        int lockedAnswers = 0;
        while (true) {
            Instant now = setup.clock().instant();
            if (now.isBefore(lockedUntil) && flaw != Flaw.IGNORES_RETRY_AFTER) {
                return ClientResponse.failed(ClientResponse.Outcome.LOCKED_OUT, 429);
            }
            String secret = setup.clientSecret().get();
            boolean remembered = flaw != Flaw.SHORT_REFUSAL_MEMORY || now.isBefore(refusedAt.plusSeconds(60));
            if (secret.equals(refusedSecret) && remembered && flaw != Flaw.RETRIES_FOREVER) {
                return ClientResponse.failed(ClientResponse.Outcome.INVALID_CREDENTIALS, 401);
            }
            if (flaw == Flaw.LOGS_SECRET) {
                setup.log().accept("requesting a token with secret " + secret);
            }
            HttpResponse<String> response = requestToken(secret);
            int status = response == null ? 0 : response.statusCode();
            if (status != 200 && flaw == Flaw.LOGS_SECRET_ON_FAILURE) {
                setup.log().accept("token request with secret " + secret + " failed: " + status);
            }
            if (response == null && flaw == Flaw.THROWS_ON_RESET) {
                throw new IllegalStateException("connection reset");
            }
            if (status == 200) {
                try {
                    JsonNode data = JSON.readTree(response.body()).path("data");
                    token = data.path("token").asText();
                    obtained = now;
                    expires = now.plusSeconds(data.path("expires_in").asLong());
                    refusedSecret = null;
                    return token;
                } catch (IOException e) {
                    status = 0;
                }
            }
            if (status == 429) {
                long seconds = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(900L);
                lockedUntil = now.plusSeconds(seconds);
                if (flaw != Flaw.IGNORES_RETRY_AFTER || ++lockedAnswers > 4) {
                    return ClientResponse.failed(ClientResponse.Outcome.LOCKED_OUT, 429);
                }
                sleep(Duration.ofSeconds(1));
                continue;
            }
            if (status == 401) {
                refused++;
                int attempts = flaw == Flaw.RETRIES_FOREVER ? 12 : 3;
                if (refused >= attempts) {
                    refusedSecret = secret;
                    refusedAt = setup.clock().instant();
                    return ClientResponse.failed(ClientResponse.Outcome.INVALID_CREDENTIALS, 401);
                }
                sleep(delay(refused));
                continue;
            }
            if (++transientFailures >= 4) {
                return ClientResponse.failed(ClientResponse.Outcome.UNAVAILABLE, status);
            }
            sleep(delay(transientFailures));
        }
    }

    private Duration delay(int attempt) {
        return flaw == Flaw.NO_BACKOFF ? Duration.ZERO : Duration.ofSeconds(1L << (attempt - 1));
    }

    private HttpResponse<String> requestToken(String secret) {
        String body = JSON.createObjectNode().put("client_id", setup.clientId()).put("client_secret", secret)
                .toString();
        String path = flaw == Flaw.SECRET_IN_QUERY
                ? TOKEN_PATH + "?client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8) : TOKEN_PATH;
        return exchange(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(String method, String path, String bearer) {
        String name = "Authorization";
        String value = flaw == Flaw.BEARER_MISSPELLED ? "Bearer: " + bearer : "Bearer " + bearer;
        return exchange(HttpRequest.newBuilder(uri(path)).header(name, value)
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    private boolean rejects(HttpResponse<String> response) {
        if (response.statusCode() == 401) {
            return true;
        }
        if (flaw == Flaw.NO_RETRY_AFTER_42) {
            return false;
        }
        try {
            return "42".equals(JSON.readTree(response.body()).path("response_code").asText());
        } catch (IOException e) {
            return false;
        }
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
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
        return URI.create(setup.baseUrl().toString() + path);
    }

    @Override
    public Optional<TokenInfo> validateToken() {
        return Optional.empty();
    }
}
