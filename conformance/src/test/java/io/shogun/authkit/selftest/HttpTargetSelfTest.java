package io.shogun.authkit.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.shogun.authkit.adapters.HttpWebhookTarget;
import io.shogun.authkit.reference.WebhookSignature;
import io.shogun.authkit.suite.WebhookConformanceSuite;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * The webhook suite against live endpoints, each a real HTTP server on loopback: the Python example receiver passes,
 * and receivers with one flaw each fail the intended requirement only.
 */
class HttpTargetSelfTest {

    @Test
    void webhookSuite_pythonReceiverExample_passesEveryDeliverableCase() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path receiver = Path.of("examples", "python-receiver", "receiver.py").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder("python3", receiver.toString(), String.valueOf(port));
        builder.environment().put("SHOGUN_WEBHOOK_SECRET", HttpWebhookTarget.VECTOR_SECRET);
        Process process = builder.redirectErrorStream(true).start();
        try {
            String ready = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertThat(ready).startsWith("listening on");

            EngineExecutionResults results = SuiteSelfTest.run(WebhookConformanceSuite.class,
                    "http://127.0.0.1:" + port + "/webhooks");

            assertThat(SuiteSelfTest.failedRequirements(results)).isEmpty();
            assertThat(SuiteSelfTest.warnedRequirements(results)).as("it keeps no record of deliveries")
                    .containsExactly("WEBHOOK-REPLAY");
            assertThat(results.testEvents().succeeded().count()).isGreaterThan(90);
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void webhookSuite_receiverAcceptingAnyPrefix_failsCanonicalOnly() throws Exception {
        EngineExecutionResults results = runAgainst((body, header) -> header != null
                && header.endsWith(tag(body).substring("sha256=".length())) ? 204 : 401);

        assertThat(SuiteSelfTest.failedRequirements(results)).containsExactly("WEBHOOK-CANONICAL");
    }

    @Test
    void webhookSuite_receiverFailingOnEmptyBodies_failsRobustOnly() throws Exception {
        EngineExecutionResults results = runAgainst((body, header) -> body.length == 0 ? 500
                : tag(body).equals(header) ? 204 : 401);

        assertThat(SuiteSelfTest.failedRequirements(results)).containsExactly("WEBHOOK-ROBUST");
    }

    @Test
    void webhookSuite_receiverRefusingARepeatedDelivery_noticesTheReplayAndPassesEverything() throws Exception {
        // The vectors repeat a delivery (tcId 62 is tcId 1): its refusal must count as replay protection.
        Set<String> seen = ConcurrentHashMap.newKeySet();
        EngineExecutionResults results = runAgainst((body, header) -> !tag(body).equals(header) ? 401
                : seen.add(header) ? 204 : 409);

        assertThat(SuiteSelfTest.failedRequirements(results)).isEmpty();
        assertThat(SuiteSelfTest.warnedRequirements(results)).isEmpty();
        assertThat(results.testEvents().succeeded().stream()
                .anyMatch(event -> event.getTestDescriptor().getDisplayName().startsWith("WEBHOOK-REPLAY"))).isTrue();
    }

    @Test
    void webhookSuite_receiverWhoseComparisonCostsMicroseconds_warnsOnConstantTime() throws Exception {
        // 100 ns of work per matching character, as in an interpreted loop that does something per character:
        // a late mismatch costs about 6 us more than an early one, which loopback can show.
        EngineExecutionResults results = runAgainst((body, header) -> EarlyExitWithWork.equals(tag(body), header, 100)
                ? 204 : 401);

        assertThat(SuiteSelfTest.failedRequirements(results)).isEmpty();
        assertThat(SuiteSelfTest.warnedRequirements(results))
                .containsExactlyInAnyOrder("WEBHOOK-CONSTANT-TIME", "WEBHOOK-REPLAY");
    }

    @Test
    void webhookSuite_receiverComparingWithIsEqual_passesTheTimingScreen() throws Exception {
        EngineExecutionResults results = runAgainst((body, header) -> header != null
                && MessageDigest.isEqual(tag(body).getBytes(StandardCharsets.UTF_8),
                        header.getBytes(StandardCharsets.UTF_8)) ? 204 : 401);

        assertThat(SuiteSelfTest.failedRequirements(results)).isEmpty();
        assertThat(SuiteSelfTest.warnedRequirements(results)).containsExactly("WEBHOOK-REPLAY");
        assertThat(results.testEvents().succeeded().stream()
                .anyMatch(event -> event.getTestDescriptor().getDisplayName().startsWith("WEBHOOK-CONSTANT-TIME")))
                .as("the screen ran and passed").isTrue();
    }

    private static String tag(byte[] body) {
        return WebhookSignature.header(HttpWebhookTarget.VECTOR_SECRET, body);
    }

    /** Serves a receiver on loopback whose status for each delivery is {@code status}; runs the webhook suite on it. */
    private static EngineExecutionResults runAgainst(BiFunction<byte[], String, Integer> status) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/webhooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(status.apply(body, exchange.getRequestHeaders().getFirst("X-Shogun-Signature")),
                    -1);
            exchange.close();
        });
        server.start();
        try {
            return SuiteSelfTest.run(WebhookConformanceSuite.class,
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks");
        } finally {
            server.stop(0);
        }
    }
}
