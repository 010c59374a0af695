package io.shogun.authkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.shogun.authkit.reference.ReferenceWebhookVerifier;
import io.shogun.authkit.spi.WebhookDecision;
import io.shogun.authkit.vectors.ShogunProfile;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.Test;

/**
 * The simulator soaked on loopback: concurrent clients churn tokens and call the API, failed logins lock fresh
 * clients, secrets rotate, dashboard logins meet injected faults, webhooks are sent to a verifying receiver, and a
 * conductor moves the virtual clock two hours every two seconds so tokens expire under the workers. At the end no
 * answer was wrong, no 5xx came that was not injected, every webhook arrived once with a valid signature, the
 * journal counted every request (and at most one in 100,000 more: the HTTP client's own re-sends), and the heap
 * after a full GC grew by less than 64 MB.
 *
 * <p>{@code mvn verify} soaks for {@value #DEFAULT_SECONDS} s. A longer soak (README, "The simulator under load"):
 * {@code mvn -pl conformance test -Dtest=SimulatorSoakTest -Dshogun.soak.seconds=300}. Either writes its figures
 * (requests per second, latency percentiles, heap) to {@code target/soak/summary.md}.
 */
class SimulatorSoakTest {

    static final int DEFAULT_SECONDS = 8;
    private static final int CHURN_CLIENTS = 4;
    private static final long HEAP_GROWTH_LIMIT = 64L << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private final Map<String, LatencyHistogram> latencies = new ConcurrentHashMap<>();
    private final AtomicLong apiRequests = new AtomicLong();
    private final AtomicLong clockMoves = new AtomicLong();
    private final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
    private ShogunSimulator shogun;
    private volatile boolean running = true;

    @Test
    void soak_concurrentChurnLockoutsRotationsFaultsAndWebhooks_losesNothingAndStaysBounded() throws Exception {
        int seconds = Integer.getInteger("shogun.soak.seconds", DEFAULT_SECONDS);
        shogun = ShogunSimulator.builder().generatedCredentials().start();
        BitSet received = new BitSet();
        AtomicLong duplicates = new AtomicLong();
        AtomicLong badSignatures = new AtomicLong();
        HttpServer receiver = webhookReceiver(received, duplicates, badSignatures);
        ExecutorService threads = Executors.newCachedThreadPool();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < CHURN_CLIENTS; c++) {
                String clientId = "soak-churn-" + c;
                String secret = shogun.createClient(clientId, null);
                workers.add(threads.submit(() -> loop(() -> churn(clientId, secret))));
            }
            AtomicLong lockCycle = new AtomicLong();
            // Sixteen client ids, each re-created (fresh, unlocked) per cycle: the accounts do not grow with the soak.
            workers.add(threads.submit(() -> loop(() -> lockout("soak-lock-" + lockCycle.incrementAndGet() % 16))));
            String rotated = "soak-rotation";
            String[] rotatedSecret = {shogun.createClient(rotated, null)};
            workers.add(threads.submit(() -> loop(() -> rotatedSecret[0] = rotation(rotated, rotatedSecret[0]))));
            shogun.createUser("soak@business.com", "pw_soak_dashboard_7f3a");
            AtomicLong loginCycle = new AtomicLong();
            workers.add(threads.submit(() -> loop(() -> dashboard(loginCycle.incrementAndGet()))));
            URI webhooks = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/webhooks");
            AtomicLong sent = new AtomicLong();
            workers.add(threads.submit(() -> loop(() -> webhook(webhooks, sent.incrementAndGet()))));

            Thread.sleep(Math.min(2_000, seconds * 250L)); // warm-up before the heap is measured
            long heapBefore = usedHeapAfterGc();
            latencies.clear(); // the figures cover the measured period only
            long startNanos = System.nanoTime();
            long requestsAtStart = apiRequests.get();
            long end = startNanos + Duration.ofSeconds(seconds).toNanos();
            while (System.nanoTime() < end) {
                Thread.sleep(Math.min(2_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
                // Odd while the clock moves: a worker that saw an odd count, or any change, overlapped a move.
                clockMoves.incrementAndGet();
                shogun.clock().advance(Duration.ofHours(2));
                clockMoves.incrementAndGet();
            }
            running = false;
            for (Future<?> worker : workers) {
                worker.get();
            }
            double elapsed = (System.nanoTime() - startNanos) / 1e9;
            long heapAfter = usedHeapAfterGc();

            int receivedOnce;
            synchronized (received) {
                receivedOnce = received.cardinality();
            }
            Path summary = writeSummary(seconds, elapsed, apiRequests.get() - requestsAtStart, heapBefore, heapAfter,
                    sent.get(), receivedOnce);
            System.out.println(Files.readString(summary));
            assertThat(failures).as("wrong answers").isEmpty();
            assertThat(receivedOnce).as("webhooks received").isEqualTo(sent.get());
            assertThat(duplicates.get()).as("duplicate deliveries").isZero();
            assertThat(badSignatures.get()).as("deliveries failing verification").isZero();
            // Every request sent is journalled. A few more may arrive: the JDK HttpClient sends a GET again when its
            // pooled connection turns out closed (ConnectionExpiredException), so the first copy got no answer.
            long surplus = shogun.journal().recorded() - apiRequests.get();
            assertThat(surplus).as("requests lost (negative) or re-sent by the client").isBetween(0L,
                    1 + apiRequests.get() / 100_000);
            assertThat(heapAfter - heapBefore).as("heap growth after a full GC").isLessThan(HEAP_GROWTH_LIMIT);
            assertThat(outcomes.get("lockout cycles").get()).as("lockout cycles").isPositive();
            assertThat(outcomes.get("rotations").get()).as("rotations").isPositive();
            assertThat(outcomes.get("injected 5xx seen").get()).as("faults").isPositive();
        } finally {
            running = false;
            threads.shutdownNow();
            receiver.stop(0);
            shogun.close();
        }
    }

    // ---- workers: each cycle checks its own invariants and records what went wrong ----------------------------

    private interface Cycle {
        void run() throws Exception;
    }

    private Void loop(Cycle cycle) {
        while (running) {
            try {
                cycle.run();
            } catch (Exception e) {
                failures.add(e.toString());
            }
        }
        return null;
    }

    /** A token, its validation and an API call: all 200 and the client's own, unless the clock moved meanwhile. */
    private void churn(String clientId, String secret) throws Exception {
        long moves = clockMoves.get();
        HttpResponse<String> token = post("token", ShogunApi.GENERATE_TOKEN,
                "{\"client_id\":\"" + clientId + "\",\"client_secret\":\"" + secret + "\"}");
        expect(token, 200, "generate_token for " + clientId);
        String bearer = JSON.readTree(token.body()).at("/data/token").asText();
        HttpResponse<String> valid = get("validate", ShogunApi.VALIDATE_TOKEN, bearer);
        HttpResponse<String> call = get("api call", "/api/v1/account/api/fetch_customer_accounts", bearer);
        boolean clockMoved = moves % 2 == 1 || clockMoves.get() != moves;
        for (HttpResponse<String> answer : List.of(valid, call)) {
            if (answer.statusCode() != 200 && !(clockMoved && answer.statusCode() < 500)) {
                failures.add("churn " + clientId + ": " + answer.uri().getPath() + " answered "
                        + answer.statusCode() + " with no clock move");
            }
        }
        if (valid.statusCode() == 200
                && !JSON.readTree(valid.body()).at("/data/client_id").asText().equals(clientId)) {
            failures.add("churn " + clientId + ": validate_token named another client: " + valid.body());
        }
        count(clockMoved ? "churn cycles across a clock move" : "churn cycles");
    }

    /** Wrong secrets on a fresh client: exactly maxFailures refusals, then the lockout, even for the right secret. */
    private void lockout(String clientId) throws Exception {
        ShogunProfile.Lockout lockout = shogun.profile().lockout();
        String secret = shogun.createClient(clientId, null);
        long moves = clockMoves.get();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < lockout.maxFailures() + 2; i++) {
            statuses.add(post("login failure", ShogunApi.GENERATE_TOKEN,
                    "{\"client_id\":\"" + clientId + "\",\"client_secret\":\"wrong-" + i + "\"}").statusCode());
        }
        statuses.add(post("login failure", ShogunApi.GENERATE_TOKEN,
                "{\"client_id\":\"" + clientId + "\",\"client_secret\":\"" + secret + "\"}").statusCode());
        if (moves % 2 == 1 || clockMoves.get() != moves) {
            count("lockout cycles across a clock move (not graded)");
            return;
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < lockout.maxFailures(); i++) {
            expected.add(401);
        }
        for (int i = 0; i < 3; i++) {
            expected.add(lockout.status());
        }
        if (!statuses.equals(expected)) {
            failures.add("lockout " + clientId + ": statuses " + statuses + ", expected " + expected);
        }
        count("lockout cycles");
    }

    /** A rotation: the old secret is refused at once, the new one works. Returns the new secret. */
    private String rotation(String clientId, String oldSecret) throws Exception {
        String newSecret = shogun.rotateSecret(clientId, null);
        expect(post("rotation", ShogunApi.GENERATE_TOKEN,
                "{\"client_id\":\"" + clientId + "\",\"client_secret\":\"" + oldSecret + "\"}"), 401,
                "the old secret after a rotation");
        expect(post("rotation", ShogunApi.GENERATE_TOKEN,
                "{\"client_id\":\"" + clientId + "\",\"client_secret\":\"" + newSecret + "\"}"), 200,
                "the new secret after a rotation");
        count("rotations");
        return newSecret;
    }

    /** Dashboard logins; every tenth first meets one injected 503, which must be the only 5xx it sees. */
    private void dashboard(long cycle) throws Exception {
        String body = "{\"email\":\"soak@business.com\",\"password\":\"pw_soak_dashboard_7f3a\"}";
        if (cycle % 10 == 0) {
            shogun.injectFault(ShogunApi.LOGIN, ShogunSimulator.FaultKind.SERVER_ERROR, 1, 0);
            expect(post("dashboard login", ShogunApi.LOGIN, body), 503, "the injected fault");
            count("injected 5xx seen");
        }
        HttpResponse<String> login = post("dashboard login", ShogunApi.LOGIN, body);
        expect(login, 200, "dashboard login");
        if (login.headers().firstValue("Set-Cookie").filter(cookie -> cookie.contains("HttpOnly")).isEmpty()) {
            failures.add("dashboard login without an HttpOnly cookie");
        }
    }

    private void webhook(URI receiver, long number) {
        byte[] body = ("{\"event\":\"transaction.successful\",\"data\":{\"reference\":\"SOAK-" + number
                + "\",\"amount\":1500,\"currency\":\"NGN\"}}").getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        WebhookDelivery delivery = shogun.sendWebhook(receiver, body);
        record("webhook send", System.nanoTime() - start);
        if (delivery.status() != 204) {
            failures.add("webhook " + number + ": " + delivery);
        }
    }

    private HttpServer webhookReceiver(BitSet received, AtomicLong duplicates, AtomicLong badSignatures)
            throws IOException {
        ReferenceWebhookVerifier verifier = ReferenceWebhookVerifier.create(List.of(shogun.webhookSecret()));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/webhooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String header = exchange.getRequestHeaders().getFirst("X-Shogun-Signature");
            if (verifier.verify(body, header) != WebhookDecision.ACCEPTED) {
                badSignatures.incrementAndGet();
                exchange.sendResponseHeaders(401, -1);
            } else {
                int number = Integer.parseInt(JSON.readTree(body).at("/data/reference").asText().substring(5));
                synchronized (received) {
                    if (received.get(number)) {
                        duplicates.incrementAndGet();
                    }
                    received.set(number);
                }
                exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        server.start();
        return server;
    }

    // ---- HTTP, counting and figures ---------------------------------------------------------------------------

    private HttpResponse<String> post(String kind, String path, String body) throws Exception {
        return send(kind, HttpRequest.newBuilder(URI.create(shogun.baseUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> get(String kind, String path, String bearer) throws Exception {
        return send(kind, HttpRequest.newBuilder(URI.create(shogun.baseUrl() + path))
                .header("Authorization", "Bearer " + bearer).GET().build());
    }

    private HttpResponse<String> send(String kind, HttpRequest request) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        record(kind, System.nanoTime() - start);
        apiRequests.incrementAndGet();
        return response;
    }

    private void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            failures.add(what + ": HTTP " + response.statusCode() + " (expected " + status + ") " + response.body());
        }
    }

    private void record(String kind, long nanos) {
        latencies.computeIfAbsent(kind, key -> new LatencyHistogram()).add(nanos);
    }

    /** Latencies in 10 µs buckets up to 1 s (and one bucket beyond): fixed memory however long the soak. */
    private static final class LatencyHistogram {
        private static final long BUCKET_NANOS = 10_000;
        private final AtomicLongArray buckets = new AtomicLongArray(100_001);
        private final AtomicLong max = new AtomicLong();
        private final AtomicLong count = new AtomicLong();

        void add(long nanos) {
            buckets.incrementAndGet((int) Math.min(buckets.length() - 1, nanos / BUCKET_NANOS));
            max.accumulateAndGet(nanos, Math::max);
            count.incrementAndGet();
        }

        /** The upper edge of the bucket holding the given percentile, in milliseconds. */
        double percentileMillis(int percent) {
            long rank = (long) Math.ceil(percent / 100.0 * count.get());
            long seen = 0;
            for (int i = 0; i < buckets.length(); i++) {
                seen += buckets.get(i);
                if (seen >= rank) {
                    return (i + 1) * BUCKET_NANOS / 1e6;
                }
            }
            return max.get() / 1e6;
        }
    }

    private void count(String what) {
        outcomes.computeIfAbsent(what, key -> new AtomicLong()).incrementAndGet();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private Path writeSummary(int seconds, double elapsed, long requests, long heapBefore, long heapAfter,
            long webhooksSent, int webhooksReceived) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Simulator soak: %d s asked, %.1f s measured, %s, %d cores, JDK %s%n%n",
                seconds, elapsed, "loopback", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version")));
        md.append(String.format(Locale.ROOT, "- API requests in the measured period: %,d (%,.0f per second); "
                + "all requests %,d, journal recorded %,d%n", requests, requests / elapsed, apiRequests.get(),
                shogun.journal().recorded()));
        md.append(String.format(Locale.ROOT, "- webhooks: %,d sent, %,d received once each with a valid signature%n",
                webhooksSent, webhooksReceived));
        md.append(String.format(Locale.ROOT, "- heap after full GC: %.1f MB before, %.1f MB after%n",
                heapBefore / 1e6, heapAfter / 1e6));
        new TreeMap<>(outcomes).forEach((what, n) -> md.append(String.format(Locale.ROOT, "- %s: %,d%n", what,
                n.get())));
        md.append(String.format(Locale.ROOT, "- wrong answers: %d%n%n", failures.size()));
        md.append("| request | count | p50 ms | p90 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|\n");
        new TreeMap<>(latencies).forEach((kind, histogram) -> md.append(String.format(Locale.ROOT,
                "| %s | %,d | %.2f | %.2f | %.2f | %.2f |%n", kind, histogram.count.get(),
                histogram.percentileMillis(50), histogram.percentileMillis(90), histogram.percentileMillis(99),
                histogram.max.get() / 1e6)));
        Path summary = Path.of("target", "soak", "summary.md");
        Files.createDirectories(summary.getParent());
        return Files.writeString(summary, md);
    }
}
