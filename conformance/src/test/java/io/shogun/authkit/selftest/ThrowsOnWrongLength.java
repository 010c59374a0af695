package io.shogun.authkit.selftest;

import io.shogun.authkit.spi.Capability;
import io.shogun.authkit.spi.WebhookDecision;
import io.shogun.authkit.spi.WebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * Flaw: the documented Node.js snippet's behaviour, {@code crypto.timingSafeEqual} throwing when the byte lengths
 * differ (and on an absent header). Otherwise strict.
 */
public final class ThrowsOnWrongLength extends FlawedTarget {

    public ThrowsOnWrongLength() {
        super("flaw-throws-on-wrong-length", Capability.WEBHOOK_VERIFIER);
    }

    @Override
    public WebhookVerifier newWebhookVerifier(List<String> secrets) {
        String secret = secrets.get(0);
        return (body, header) -> {
            byte[] expected = Signatures.header(secret, body).getBytes(StandardCharsets.UTF_8);
            byte[] actual = header.getBytes(StandardCharsets.UTF_8);
            if (expected.length != actual.length) {
                throw new IllegalArgumentException("Input buffers must have the same byte length");
            }
            return MessageDigest.isEqual(expected, actual) ? WebhookDecision.ACCEPTED
                    : WebhookDecision.SIGNATURE_MISMATCH;
        };
    }
}
