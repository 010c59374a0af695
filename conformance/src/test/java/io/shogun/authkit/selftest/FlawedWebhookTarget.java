package io.shogun.authkit.selftest;

import io.shogun.authkit.spi.Capability;
import io.shogun.authkit.spi.WebhookDecision;
import io.shogun.authkit.spi.WebhookVerifier;
import java.util.List;

/** A webhook verifier with one flaw, in {@link #accepts}; an absent header is refused as it should be. */
abstract class FlawedWebhookTarget extends FlawedTarget {

    FlawedWebhookTarget(String id) {
        super(id, Capability.WEBHOOK_VERIFIER);
    }

    /** Whether the flawed check accepts this header for this body under the (first) secret. */
    abstract boolean accepts(String secret, byte[] body, String header);

    @Override
    public WebhookVerifier newWebhookVerifier(List<String> secrets) {
        String secret = secrets.get(0);
        return (body, header) -> {
            if (header == null) {
                return WebhookDecision.MISSING_HEADER;
            }
            return accepts(secret, body, header) ? WebhookDecision.ACCEPTED : WebhookDecision.SIGNATURE_MISMATCH;
        };
    }
}
