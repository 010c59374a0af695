package io.shogun.authkit.adapters;

import io.shogun.authkit.spi.Capability;
import io.shogun.authkit.spi.ConformanceTarget;
import io.shogun.authkit.spi.WebhookDecision;
import io.shogun.authkit.spi.WebhookVerifier;
import io.shogun.authkit.vectors.WebhookVector;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A live webhook endpoint ({@code http://} or {@code https://}): each webhook vector is delivered as a real POST, with
 * the vector's body and {@code X-Shogun-Signature} header, and the status graded: 2xx accepted, 4xx rejected. Any
 * other status, a connection failure or no answer within the deadline fails the case.
 *
 * <p>An endpoint verifies with the one secret it is configured with, so only the vectors signed under that secret
 * apply to it; the others are skipped. TLS trust comes from the JVM's standard {@code javax.net.ssl.trustStore}
 * properties.
 */
public final class HttpWebhookTarget implements ConformanceTarget {

    /** The secret of most webhook vectors: configure the endpoint with it to run them. */
    public static final String VECTOR_SECRET = "shogun_whsec_test_5c1f0e9a27b84d6f";
    /** Per-delivery deadline, shorter than the suites' 10 s per case. */
    public static final Duration TIMEOUT = Duration.ofSeconds(8);

    /**
     * Header size above which an HTTP server may refuse a request before reading it (8 KiB is the default of nginx
     * and Tomcat): closing the connection on such a delivery counts as rejecting it, as a 431 answer would.
     */
    public static final int HEADER_LIMIT = 8 * 1024;

    /** The delivery did not get an HTTP answer. */
    private static final class DeliveryFailed extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        DeliveryFailed(String message) {
            super(message);
        }
    }

    private final URI endpoint;
    private final String secret;
    private final Map<String, String> extraHeaders;

    /**
     * @param endpoint     the URL deliveries are POSTed to
     * @param secret       the webhook secret the endpoint is configured with
     * @param extraHeaders headers added to every delivery (an API gateway's key, for example)
     */
    public HttpWebhookTarget(URI endpoint, String secret, Map<String, String> extraHeaders) {
        this.endpoint = endpoint;
        this.secret = secret;
        this.extraHeaders = Map.copyOf(extraHeaders);
    }

    /**
     * Why a vector cannot be graded over HTTP, or empty when it can: it is signed under another secret than the
     * endpoint's, or the vectors mark its header {@code httpSendable: false} (whitespace around the value, which
     * every server strips, or control characters, which HTTP forbids: RFC 9110, section 5.5).
     */
    public Optional<String> notDeliverable(WebhookVector vector) {
        if (!secret.equals(vector.secret())) {
            return Optional.of("signed under another secret than the endpoint's; configure the endpoint with that "
                    + "secret to run this case");
        }
        if (!vector.httpSendable()) {
            return Optional.of("HTTP cannot deliver this header value unchanged (httpSendable: false)");
        }
        return Optional.empty();
    }

    @Override
    public String id() {
        return endpoint.toString();
    }

    @Override
    public String version() {
        return "live endpoint";
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.WEBHOOK_VERIFIER);
    }

    @Override
    public WebhookVerifier newWebhookVerifier(List<String> activeSecrets) {
        return (body, header) -> {
            int status;
            try {
                status = deliver(body, header);
            } catch (DeliveryFailed e) {
                if (header != null && header.length() > HEADER_LIMIT) {
                    return WebhookDecision.SIGNATURE_MISMATCH;
                }
                throw e;
            }
            if (status >= 200 && status < 300) {
                return WebhookDecision.ACCEPTED;
            }
            if (status >= 400 && status < 500) {
                return WebhookDecision.SIGNATURE_MISMATCH;
            }
            throw new IllegalStateException("the endpoint answered HTTP " + status
                    + "; a delivery must be answered 2xx (accepted) or 4xx (rejected)");
        };
    }

    /**
     * POSTs one delivery and closes its connection ({@link HttpURLConnection#disconnect()}), which also honours an
     * HTTP/1.0 endpoint's close. (The JDK's {@code HttpClient} reused connections such endpoints had closed, failing
     * a case now and then for no fault of the endpoint's.)
     */
    private int deliver(byte[] body, String header) {
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) endpoint.toURL().openConnection();
            connection.setConnectTimeout((int) TIMEOUT.toMillis());
            connection.setReadTimeout((int) TIMEOUT.toMillis());
            connection.setInstanceFollowRedirects(false);
            connection.setUseCaches(false);
            connection.setRequestMethod("POST");
            connection.setRequestProperty("Content-Type", "application/json");
            extraHeaders.forEach(connection::setRequestProperty);
            if (header != null) {
                connection.setRequestProperty("X-Shogun-Signature", header);
            }
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            int status = connection.getResponseCode();
            try (InputStream answer = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
                if (answer != null) {
                    answer.readAllBytes();
                }
            }
            return status;
        } catch (IOException e) {
            throw new DeliveryFailed("the delivery to " + endpoint + " failed: " + e);
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }
}
