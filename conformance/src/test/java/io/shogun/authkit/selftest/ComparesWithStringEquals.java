package io.shogun.authkit.selftest;

import io.shogun.authkit.spi.Capability;
import io.shogun.authkit.spi.WebhookDecision;
import io.shogun.authkit.spi.WebhookVerifier;
import java.util.List;

/** Flaw: {@code expected.equals(header)}, which stops at the first differing character. Functionally correct. */
public final class ComparesWithStringEquals extends FlawedTarget {

    public ComparesWithStringEquals() {
        super("flaw-compares-with-string-equals", Capability.WEBHOOK_VERIFIER);
    }

    @Override
    public WebhookVerifier newWebhookVerifier(List<String> secrets) {
        String secret = secrets.get(0);
        return (body, header) -> {
            if (header == null) {
                return WebhookDecision.MISSING_HEADER;
            }
            return Signatures.header(secret, body).equals(header)
                    ? WebhookDecision.ACCEPTED : WebhookDecision.SIGNATURE_MISMATCH;
        };
    }
}
