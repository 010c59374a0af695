package io.shogun.authkit.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.shogun.authkit.spi.WebhookDecision;
import io.shogun.authkit.spi.WebhookVerifier;
import io.shogun.authkit.vectors.GoldenVectors;
import io.shogun.authkit.vectors.WebhookVector;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Which of the golden webhook vectors a live endpoint can be graded on, and how its answers are read. */
class HttpWebhookTargetTest {

    private static final List<WebhookVector> VECTORS = GoldenVectors.load().webhookSignatures().tests();
    private final HttpWebhookTarget target = new HttpWebhookTarget(URI.create("http://127.0.0.1:1/webhooks"),
            HttpWebhookTarget.VECTOR_SECRET, Map.of());

    @Test
    void notDeliverable_vectorsUnderTheEndpointsSecret_areAllDeliverableButTheHttpUnsendable() {
        List<WebhookVector> ownSecret = VECTORS.stream()
                .filter(vector -> vector.secret().equals(HttpWebhookTarget.VECTOR_SECRET)).toList();

        assertThat(ownSecret).filteredOn(vector -> target.notDeliverable(vector).isPresent())
                .isNotEmpty()
                .allSatisfy(vector -> assertThat(vector.httpSendable()).isFalse());
        assertThat(ownSecret).filteredOn(vector -> target.notDeliverable(vector).isEmpty())
                .hasSizeGreaterThan(90)
                .allSatisfy(vector -> assertThat(vector.httpSendable()).isTrue());
    }

    @Test
    void notDeliverable_otherSecret_saysSoWithoutNamingEitherSecret() {
        WebhookVector other = VECTORS.stream()
                .filter(vector -> !vector.secret().equals(HttpWebhookTarget.VECTOR_SECRET)).findFirst().orElseThrow();

        assertThat(target.notDeliverable(other)).hasValueSatisfying(reason -> assertThat(reason)
                .contains("another secret than the endpoint's")
                .doesNotContain(HttpWebhookTarget.VECTOR_SECRET).doesNotContain(other.secret()));
    }

    @Test
    void vectorSecret_isTheSecretOfMostWebhookVectors() {
        long underVectorSecret = VECTORS.stream()
                .filter(vector -> vector.secret().equals(HttpWebhookTarget.VECTOR_SECRET)).count();

        assertThat(underVectorSecret).isGreaterThan(VECTORS.size() / 2);
    }

    @Test
    void verify_refusedRepeatOfAnAcceptedDelivery_countsAsAcceptedButAFirstRefusalDoesNot() throws Exception {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/webhooks", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String header = exchange.getRequestHeaders().getFirst("X-Shogun-Signature");
            exchange.sendResponseHeaders(header.endsWith("00") || !seen.add(header) ? 409 : 204, -1);
            exchange.close();
        });
        server.start();
        try {
            WebhookVerifier verifier = new HttpWebhookTarget(URI.create("http://127.0.0.1:"
                    + server.getAddress().getPort() + "/webhooks"), HttpWebhookTarget.VECTOR_SECRET, Map.of())
                    .newWebhookVerifier(List.of(HttpWebhookTarget.VECTOR_SECRET));
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

            assertThat(verifier.verify(body, "sha256=" + "ab".repeat(32))).isEqualTo(WebhookDecision.ACCEPTED);
            assertThat(verifier.verify(body, "sha256=" + "ab".repeat(32))).as("the refused repeat")
                    .isEqualTo(WebhookDecision.ACCEPTED);
            assertThat(verifier.verify(body, "sha256=" + "ab".repeat(31) + "00")).as("a first refusal")
                    .isEqualTo(WebhookDecision.SIGNATURE_MISMATCH);
            assertThat(verifier.verify("{ }".getBytes(StandardCharsets.UTF_8), "sha256=" + "ab".repeat(32)))
                    .as("the same header on another body").isEqualTo(WebhookDecision.SIGNATURE_MISMATCH);
        } finally {
            server.stop(0);
        }
    }

    /** An endpoint that accepts connections and never answers: a few deadlines, then the kit stops waiting. */
    @Test
    @Timeout(30)
    void verify_endpointThatNeverAnswers_costsAFewDeadlinesThenFailsAtOnceExceptForProbes() throws Exception {
        List<Socket> held = new CopyOnWriteArrayList<>();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            acceptInBackground(server, held::add);
            WebhookVerifier verifier = new HttpWebhookTarget(URI.create("http://127.0.0.1:" + server.getLocalPort()
                    + "/webhooks"), HttpWebhookTarget.VECTOR_SECRET, Map.of(), Duration.ofMillis(200))
                    .newWebhookVerifier(List.of(HttpWebhookTarget.VECTOR_SECRET));
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            String header = "sha256=" + "ab".repeat(32);

            for (int i = 0; i < HangCircuit.HANGS_BEFORE_OPEN; i++) {
                assertThatThrownBy(() -> verifier.verify(body, header)).hasMessageContaining("no answer within 200 ms");
            }
            long start = System.nanoTime();
            for (int i = 1; i < HangCircuit.PROBE_EVERY; i++) {
                assertThatThrownBy(() -> verifier.verify(body, header)).isInstanceOf(TargetFailure.class)
                        .hasMessageContaining("not sent: the endpoint left its last 3 requests unanswered");
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("refused without waiting")
                    .isLessThan(Duration.ofMillis(200));
            assertThatThrownBy(() -> verifier.verify(body, header)).as("the probe is sent")
                    .hasMessageContaining("no answer within 200 ms");
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    /** An endpoint that resets every connection fails each case on its own, with the reset named. */
    @Test
    @Timeout(30)
    void verify_endpointThatResets_failsEachDeliveryWithTheReset() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            acceptInBackground(server, socket -> {
                socket.setSoLinger(true, 0); // closing now sends a reset
                socket.close();
            });
            WebhookVerifier verifier = new HttpWebhookTarget(URI.create("http://127.0.0.1:" + server.getLocalPort()
                    + "/webhooks"), HttpWebhookTarget.VECTOR_SECRET, Map.of(), Duration.ofMillis(2000))
                    .newWebhookVerifier(List.of(HttpWebhookTarget.VECTOR_SECRET));

            for (int i = 0; i < HangCircuit.HANGS_BEFORE_OPEN + 2; i++) {
                assertThatThrownBy(() -> verifier.verify("{}".getBytes(StandardCharsets.UTF_8),
                        "sha256=" + "ab".repeat(32))).as("delivery %d", i)
                        .hasMessageContaining("the delivery to http://127.0.0.1:")
                        .hasMessageNotContaining("not sent");
            }
        }
    }

    /** An endpoint that answers 200 with an endless body is graded on its status; the kit reads a little of it. */
    @Test
    @Timeout(30)
    void verify_endlessAnswerBody_isGradedOnItsStatus() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/webhooks", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            try (OutputStream out = exchange.getResponseBody()) {
                while (true) {
                    out.write(chunk);
                }
            } catch (IOException readerLeft) {
                exchange.close();
            }
        });
        server.start();
        try {
            WebhookVerifier verifier = new HttpWebhookTarget(URI.create("http://127.0.0.1:"
                    + server.getAddress().getPort() + "/webhooks"), HttpWebhookTarget.VECTOR_SECRET, Map.of())
                    .newWebhookVerifier(List.of(HttpWebhookTarget.VECTOR_SECRET));

            assertThat(verifier.verify("{}".getBytes(StandardCharsets.UTF_8), "sha256=" + "ab".repeat(32)))
                    .isEqualTo(WebhookDecision.ACCEPTED);
        } finally {
            server.stop(0);
        }
    }

    private interface Connection {
        void accepted(Socket socket) throws IOException;
    }

    /** Hands every connection the server accepts to {@code connection}, on a daemon thread, until it is closed. */
    private static void acceptInBackground(ServerSocket server, Connection connection) {
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    connection.accepted(server.accept());
                } catch (IOException closed) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }
}
