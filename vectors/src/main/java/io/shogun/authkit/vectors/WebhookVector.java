package io.shogun.authkit.vectors;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code X-Shogun-Signature} case: a receiver configured with {@code secret} gets {@code body} with the header
 * {@code signatureHeader} (absent when empty) and must answer {@code result}.
 *
 * @param secret          the receiver's webhook secret; its UTF-8 bytes are the HMAC key
 * @param body            the raw request body, exactly as sent
 * @param signatureHeader the exact header value, or empty when the header is not sent at all
 * @param httpSendable    false when HTTP cannot carry the header value unchanged (leading or trailing whitespace,
 *                        control characters; RFC 9110 section 5.5): only direct calls can use the case
 */
public record WebhookVector(
        int tcId,
        String comment,
        List<String> flags,
        Expectation result,
        String secret,
        byte[] body,
        Optional<String> signatureHeader,
        boolean httpSendable) implements VectorCase {

    public WebhookVector {
        Objects.requireNonNull(secret, "secret");
        flags = List.copyOf(flags);
        body = body.clone();
        Objects.requireNonNull(signatureHeader, "signatureHeader");
    }

    /** A copy of the raw body. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public String toString() {
        return displayName();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookVector that && tcId == that.tcId && comment.equals(that.comment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tcId, comment);
    }
}
