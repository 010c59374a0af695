package io.shogun.authkit.adapters;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * One HTTP POST on a connection of its own, closed afterwards. Pooled connections are what go wrong with webhook
 * receivers: the JDK's {@code HttpClient} reused connections an HTTP/1.0 receiver had closed, and under load a
 * pooled connection the receiver had timed out failed a delivery now and then; a retry could deliver twice.
 */
public final class SinglePost {

    /** The status and the first bytes of the answer's body (an endless body is never read to its end). */
    public record Answer(int status, byte[] bodyStart) {
    }

    private SinglePost() {
    }

    /**
     * POSTs {@code body} with {@code headers}; {@code deadline} bounds the connection and each read.
     *
     * @throws IOException              no HTTP answer: refused, reset, or no answer within the deadline
     *                                  ({@link java.net.SocketTimeoutException})
     * @throws IllegalArgumentException a header value HTTP cannot carry
     */
    public static Answer send(URI to, byte[] body, Map<String, String> headers, Duration deadline, int answerBytes)
            throws IOException {
        HttpURLConnection connection = (HttpURLConnection) to.toURL().openConnection();
        try {
            connection.setConnectTimeout((int) deadline.toMillis());
            connection.setReadTimeout((int) deadline.toMillis());
            connection.setInstanceFollowRedirects(false);
            connection.setUseCaches(false);
            connection.setRequestMethod("POST");
            headers.forEach(connection::setRequestProperty);
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            int status = connection.getResponseCode();
            return new Answer(status, bodyStart(connection, status, answerBytes));
        } finally {
            connection.disconnect();
        }
    }

    private static byte[] bodyStart(HttpURLConnection connection, int status, int answerBytes) {
        try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            return in == null ? new byte[0] : in.readNBytes(answerBytes);
        } catch (IOException e) {
            return new byte[0]; // the status was received; what follows it does not change it
        }
    }
}
