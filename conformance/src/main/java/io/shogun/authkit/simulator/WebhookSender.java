package io.shogun.authkit.simulator;

import io.shogun.authkit.reference.WebhookSignature;
import io.shogun.authkit.vectors.WebhookVector;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Sends real webhook POSTs: events signed as Shogun signs them, or any webhook vector exactly as written. */
final class WebhookSender {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /** A correctly signed event: {@code X-Shogun-Signature: sha256=<hex HMAC-SHA256(secret, body)>}. */
    WebhookDelivery sendSigned(URI receiver, byte[] body, String secret) {
        return send(receiver, body, WebhookSignature.header(secret, body));
    }

    /** A vector's body and header as they are, valid or spoofed; an absent header is not sent. */
    WebhookDelivery sendVector(URI receiver, WebhookVector vector) {
        return send(receiver, vector.body(), vector.signatureHeader().orElse(null));
    }

    private WebhookDelivery send(URI receiver, byte[] body, String header) {
        HttpRequest.Builder request = HttpRequest.newBuilder(receiver)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (header != null) {
            request.header("X-Shogun-Signature", header);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String text = new String(response.body(), StandardCharsets.UTF_8);
            return new WebhookDelivery(response.statusCode(), text.length() <= 500 ? text : text.substring(0, 500), "");
        } catch (IOException e) {
            return new WebhookDelivery(0, "", e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new WebhookDelivery(0, "", "interrupted");
        } catch (IllegalArgumentException e) {
            return new WebhookDelivery(0, "", "the header cannot be sent over HTTP: " + e.getMessage());
        }
    }
}
