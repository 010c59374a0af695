package io.shogun.authkit.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.shogun.authkit.spi.WebhookDecision;
import io.shogun.authkit.spi.WebhookVerifier;
import io.shogun.authkit.vectors.GoldenVectors;
import io.shogun.authkit.vectors.WebhookVector;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

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
}
