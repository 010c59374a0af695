package io.shogun.authkit.selftest;

import io.shogun.authkit.spi.Capability;
import io.shogun.authkit.spi.WebhookDecision;
import io.shogun.authkit.spi.WebhookVerifier;
import java.util.List;

/**
 * Not flawed: the documented approach done right ({@code MessageDigest.isEqual} on the whole header). The control
 * for the timing screen, which must not flag it.
 */
public final class ComparesWithIsEqual extends FlawedTarget {

    public ComparesWithIsEqual() {
        super("control-compares-with-is-equal", Capability.WEBHOOK_VERIFIER);
    }

    @Override
    public WebhookVerifier newWebhookVerifier(List<String> secrets) {
        String secret = secrets.get(0);
        return (body, header) -> {
            if (header == null) {
                return WebhookDecision.MISSING_HEADER;
            }
            return Signatures.constantTimeEquals(Signatures.header(secret, body), header)
                    ? WebhookDecision.ACCEPTED : WebhookDecision.SIGNATURE_MISMATCH;
        };
    }
}
