package io.shogun.authkit.spi;

/**
 * Decides whether a webhook delivery was signed by Shogun: {@code X-Shogun-Signature: sha256=<hex>} is the
 * lowercase hex HMAC-SHA256 of the raw body under a webhook secret.
 *
 * <p>Contract: {@link #verify} never throws and never returns null; it compares the tag in constant time; it uses
 * the body's bytes exactly as received. Implementations must be safe for concurrent use.
 */
@FunctionalInterface
public interface WebhookVerifier {

    /**
     * @param rawBody         the request body exactly as received, before any parsing
     * @param signatureHeader the value of {@code X-Shogun-Signature}, or null when the header is absent
     */
    WebhookDecision verify(byte[] rawBody, String signatureHeader);
}
