package io.shogun.authkit.adapters;

import io.shogun.authkit.reference.WebhookSignature;
import io.shogun.authkit.spi.Capability;
import io.shogun.authkit.spi.ConformanceTarget;
import io.shogun.authkit.spi.WebhookDecision;
import io.shogun.authkit.spi.WebhookVerifier;
import io.shogun.authkit.vectors.WebhookVector;
import java.io.IOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;

/**
 * A live webhook endpoint ({@code http://} or {@code https://}): each webhook vector is delivered as a real POST, with
 * the vector's body and {@code X-Shogun-Signature} header, and the status graded: 2xx accepted, 4xx rejected. Any
 * other status, a connection failure or no answer within the deadline fails the case; after a few deadlines missed
 * in a row the kit stops waiting ({@link HangCircuit}).
 *
 * <p>A 4xx for a repeat of a delivery the endpoint accepted earlier in the run counts as accepted: it is replay
 * protection, and the vectors repeat a delivery (tcId 62 is tcId 1).
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

    /** How much of an answer's body is read: its status is the grade, the body is drained only politely. */
    private static final int ANSWER_BYTES_READ = 64 * 1024;

    private final URI endpoint;
    private final Duration deadline;
    private final HangCircuit circuit;
    /** Deliveries (body and header) the endpoint answered 2xx in this run; vectors repeat a few. */
    private final Set<String> acceptedDeliveries = ConcurrentHashMap.newKeySet();
    private final String secret;
    private final Map<String, String> extraHeaders;

    /**
     * @param endpoint     the URL deliveries are POSTed to
     * @param secret       the webhook secret the endpoint is configured with
     * @param extraHeaders headers added to every delivery (an API gateway's key, for example)
     */
    public HttpWebhookTarget(URI endpoint, String secret, Map<String, String> extraHeaders) {
        this(endpoint, secret, extraHeaders, TIMEOUT);
    }

    /** As above, with another per-delivery deadline (tests use a short one). */
    HttpWebhookTarget(URI endpoint, String secret, Map<String, String> extraHeaders, Duration deadline) {
        this.endpoint = endpoint;
        this.secret = secret;
        this.extraHeaders = Map.copyOf(extraHeaders);
        this.deadline = deadline;
        this.circuit = new HangCircuit("the endpoint", deadline, "README, Certify a live webhook endpoint");
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
            String delivery = deliveryKey(body, header);
            if (status >= 200 && status < 300) {
                acceptedDeliveries.add(delivery);
                return WebhookDecision.ACCEPTED;
            }
            if (status >= 400 && status < 500) {
                // A refused repeat of a delivery the endpoint accepted before is its replay protection at work;
                // the signature check was shown on the first.
                return acceptedDeliveries.contains(delivery) ? WebhookDecision.ACCEPTED
                        : WebhookDecision.SIGNATURE_MISMATCH;
            }
            throw new IllegalStateException("the endpoint answered HTTP " + status
                    + "; a delivery must be answered 2xx (accepted) or 4xx (rejected)");
        };
    }

    /** The {@code X-Shogun-Signature} Shogun would send with {@code body} under the endpoint's secret. */
    public String signedHeader(byte[] body) {
        return WebhookSignature.header(secret, body);
    }

    /**
     * Whether the endpoint's host is this machine (a loopback address), where the timing screen may send it a few
     * thousand deliveries and a network's jitter does not drown what it measures.
     */
    public boolean onLoopback() {
        try {
            return endpoint.getHost() != null && InetAddress.getByName(endpoint.getHost()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * What a live endpoint answered to the same valid delivery sent twice.
     *
     * @param first  the first answer's status, or -1 if it got none
     * @param second the second answer's status, or -1 if it got none
     */
    public record Replay(int first, int second) {

        /** The first delivery was accepted and the second refused: the endpoint noticed the replay. */
        public boolean noticed() {
            return first >= 200 && first < 300 && second >= 400 && second < 500;
        }

        public String describe() {
            String answers = "answered " + status(first) + ", then " + status(second);
            if (noticed()) {
                return "the same delivery sent twice was " + answers + ": the replay was noticed";
            }
            return "the same delivery sent twice was " + answers + ". The signature covers only the body, so a "
                    + "captured delivery verifies again: deduplicate by the event's id before acting on it. (An "
                    + "endpoint that answers 2xx to a duplicate and ignores it internally is fine; HTTP cannot "
                    + "show that.)";
        }

        private static String status(int status) {
            return status < 0 ? "no HTTP answer" : "HTTP " + status;
        }
    }

    /**
     * Sends one fresh, validly signed delivery (an event id never used before) twice in a row, for WEBHOOK-REPLAY.
     */
    public Replay replay() {
        String reference = "kit-replay-" + UUID.randomUUID();
        byte[] body = ("{\"event\":\"transaction.successful\",\"data\":{\"reference\":\"" + reference
                + "\",\"amount\":1500,\"currency\":\"NGN\"}}").getBytes(StandardCharsets.UTF_8);
        String header = WebhookSignature.header(secret, body);
        return new Replay(deliverOrMinusOne(body, header), deliverOrMinusOne(body, header));
    }

    private int deliverOrMinusOne(byte[] body, String header) {
        try {
            return deliver(body, header);
        } catch (DeliveryFailed | TargetFailure e) {
            return -1;
        }
    }

    private static String deliveryKey(byte[] body, String header) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(String.valueOf(header).getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            return HexFormat.of().formatHex(sha256.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** POSTs one delivery on a connection of its own ({@link SinglePost}) and returns the status. */
    private int deliver(byte[] body, String header) {
        circuit.refuseWhileOpen();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.putAll(extraHeaders);
        if (header != null) {
            headers.put("X-Shogun-Signature", header);
        }
        try {
            int status = SinglePost.send(endpoint, body, headers, deadline, ANSWER_BYTES_READ).status();
            circuit.answered();
            return status;
        } catch (SocketTimeoutException e) {
            circuit.timedOut();
            throw new DeliveryFailed("the delivery to " + endpoint + " got no answer within " + deadline.toMillis()
                    + " ms");
        } catch (IOException e) {
            throw new DeliveryFailed("the delivery to " + endpoint + " failed: " + e);
        }
    }
}
