package io.shogun.authkit.spi;

/** The answer of a {@link WebhookVerifier}: accepted, or rejected with the reason. */
public enum WebhookDecision {
    /** The header carries the correct signature of the body under an active secret. */
    ACCEPTED,
    /** No {@code X-Shogun-Signature} header. */
    MISSING_HEADER,
    /** The header is not exactly {@code sha256=} followed by 64 lowercase hex digits. */
    MALFORMED_HEADER,
    /** Well formed, but no active secret produces this signature for this body. */
    SIGNATURE_MISMATCH;

    public boolean accepted() {
        return this == ACCEPTED;
    }
}
