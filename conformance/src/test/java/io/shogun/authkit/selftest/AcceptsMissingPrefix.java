package io.shogun.authkit.selftest;

import io.shogun.authkit.spi.Capability;
import io.shogun.authkit.spi.WebhookDecision;
import io.shogun.authkit.spi.WebhookVerifier;
import java.util.List;

/** Flaw: a bare hex digest without {@code sha256=} is accepted too. Otherwise strict. */
public final class AcceptsMissingPrefix extends FlawedTarget {

    public AcceptsMissingPrefix() {
        super("flaw-accepts-missing-prefix", Capability.WEBHOOK_VERIFIER);
    }

    @Override
    public WebhookVerifier newWebhookVerifier(List<String> secrets) {
        String secret = secrets.get(0);
        return (body, header) -> {
            if (header == null) {
                return WebhookDecision.MISSING_HEADER;
            }
            String expected = Signatures.header(secret, body);
            String candidate = header.length() == 64 ? "sha256=" + header : header;
            return Signatures.constantTimeEquals(expected, candidate)
                    ? WebhookDecision.ACCEPTED : WebhookDecision.SIGNATURE_MISMATCH;
        };
    }
}
