package io.shogun.authkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.shogun.authkit.reference.ReferenceWebhookVerifier;
import io.shogun.authkit.spi.WebhookDecision;
import io.shogun.authkit.vectors.GoldenVectors;
import io.shogun.authkit.vectors.WebhookVector;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator sends real signed POSTs to a real receiver on loopback. */
class WebhookSendingTest {

    private record Received(byte[] body, String signature) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer receiver;
    private URI receiverUrl;
    private ShogunSimulator shogun;

    @BeforeEach
    void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            received.add(new Received(exchange.getRequestBody().readAllBytes(),
                    exchange.getRequestHeaders().getFirst("X-Shogun-Signature")));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        receiverUrl = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks");
        shogun = ShogunSimulator.builder().webhookSecret("whsec_test_receiver").start();
    }

    @AfterEach
    void stop() {
        shogun.close();
        receiver.stop(0);
    }

    @Test
    void sendWebhook_event_arrivesSignedAsTheSpecSays() {
        byte[] event = ShogunSimulator.sampleEvent();

        WebhookDelivery delivery = shogun.sendWebhook(receiverUrl, event);

        assertThat(delivery.status()).isEqualTo(204);
        assertThat(received).singleElement().satisfies(request -> {
            assertThat(request.body()).isEqualTo(event);
            assertThat(ReferenceWebhookVerifier.create(List.of("whsec_test_receiver"))
                    .verify(request.body(), request.signature())).isEqualTo(WebhookDecision.ACCEPTED);
        });
    }

    @Test
    void sendWebhookVector_byTcId_sendsTheVectorsBytesAndHeaderExactly() {
        WebhookVector spoof = GoldenVectors.load().webhookSignatures().tests().stream()
                .filter(vector -> vector.flags().contains("ModifiedBody")).findFirst().orElseThrow();
        WebhookVector unsigned = GoldenVectors.load().webhookSignatures().tests().stream()
                .filter(vector -> vector.signatureHeader().isEmpty()).findFirst().orElseThrow();

        shogun.sendWebhookVector(receiverUrl, spoof.tcId());
        shogun.sendWebhookVector(receiverUrl, unsigned.tcId());

        assertThat(received).hasSize(2);
        assertThat(received.get(0).body()).isEqualTo(spoof.body());
        assertThat(received.get(0).signature()).isEqualTo(spoof.signatureHeader().orElseThrow());
        assertThat(received.get(1).signature()).isNull();
    }

    @Test
    void adminApi_webhooksSend_deliversAndReportsTheReceiversStatus() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(shogun.baseUrl() + "/__admin/shogun/webhooks/send"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + receiverUrl
                        + "\",\"event\":{\"event\":\"transaction.failed\"}}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":204");
        assertThat(new String(received.get(0).body())).isEqualTo("{\"event\":\"transaction.failed\"}");
    }

    @Test
    void sendWebhook_receiverDown_isReportedNotThrown() {
        receiver.stop(0);

        WebhookDelivery delivery = shogun.sendWebhook(receiverUrl, ShogunSimulator.sampleEvent());

        assertThat(delivery.status()).isZero();
        assertThat(delivery.error()).isNotEmpty();
    }
}
