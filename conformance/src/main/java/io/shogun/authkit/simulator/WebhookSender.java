package io.shogun.authkit.simulator;

import io.shogun.authkit.reference.WebhookSignature;
import io.shogun.authkit.vectors.WebhookVector;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Sends real webhook POSTs: events signed as Shogun signs them, or any webhook vector exactly as written. */
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

    /**
     * One POST on its own connection, closed afterwards. (A pooled {@code HttpClient} connection that the receiver
     * had closed failed about one delivery in 300,000 under the soak with "header parser received no bytes"; a
     * retry could deliver twice, a fresh connection cannot fail that way.)
     */
    private WebhookDelivery send(URI receiver, byte[] body, String header) {
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) receiver.toURL().openConnection();
            connection.setConnectTimeout((int) TIMEOUT.toMillis());
            connection.setReadTimeout((int) TIMEOUT.toMillis());
            connection.setInstanceFollowRedirects(false);
            connection.setUseCaches(false);
            connection.setRequestMethod("POST");
            connection.setRequestProperty("Content-Type", "application/json");
            if (header != null) {
                connection.setRequestProperty("X-Shogun-Signature", header);
            }
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            int status = connection.getResponseCode();
            return new WebhookDelivery(status, answer(connection, status), "");
        } catch (IOException e) {
            return new WebhookDelivery(0, "", e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return new WebhookDelivery(0, "", "the header cannot be sent over HTTP: " + e.getMessage());
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }

    private static String answer(HttpURLConnection connection, int status) {
        try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            if (in == null) {
                return "";
            }
            String text = new String(in.readNBytes(4 * ANSWER_CHARS), StandardCharsets.UTF_8);
            return text.length() <= ANSWER_CHARS ? text : text.substring(0, ANSWER_CHARS);
        } catch (IOException e) {
            return "";
        }
    }
}
