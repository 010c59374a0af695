package io.shogun.authkit.simulator;

import io.shogun.authkit.adapters.SinglePost;
import io.shogun.authkit.reference.WebhookSignature;
import io.shogun.authkit.vectors.WebhookVector;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends real webhook POSTs, each on its own connection ({@link SinglePost}): events signed as Shogun signs them, or
 * any webhook vector exactly as written.
 */
final class WebhookSender {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** Enough of the receiver's answer to show it; an endless one is not read to its end. */
    private static final int ANSWER_CHARS = 500;

    /** A correctly signed event: {@code X-Shogun-Signature: sha256=<hex HMAC-SHA256(secret, body)>}. */
    WebhookDelivery sendSigned(URI receiver, byte[] body, String secret) {
        return send(receiver, body, WebhookSignature.header(secret, body));
    }

    /** A vector's body and header as they are, valid or spoofed; an absent header is not sent. */
    WebhookDelivery sendVector(URI receiver, WebhookVector vector) {
        return send(receiver, vector.body(), vector.signatureHeader().orElse(null));
    }

    private WebhookDelivery send(URI receiver, byte[] body, String header) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        if (header != null) {
            headers.put("X-Shogun-Signature", header);
        }
        try {
            SinglePost.Answer answer = SinglePost.send(receiver, body, headers, TIMEOUT, 4 * ANSWER_CHARS);
            String text = new String(answer.bodyStart(), StandardCharsets.UTF_8);
            return new WebhookDelivery(answer.status(),
                    text.length() <= ANSWER_CHARS ? text : text.substring(0, ANSWER_CHARS), "");
        } catch (IOException e) {
            return new WebhookDelivery(0, "", e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return new WebhookDelivery(0, "", "the header cannot be sent over HTTP: " + e.getMessage());
        }
    }
}
