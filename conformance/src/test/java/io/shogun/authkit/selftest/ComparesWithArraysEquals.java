package io.shogun.authkit.selftest;

import io.shogun.authkit.spi.Capability;
import io.shogun.authkit.spi.WebhookDecision;
import io.shogun.authkit.spi.WebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Flaw: {@code Arrays.equals} on the header bytes, which stops at the first difference. Functionally correct. */
public final class ComparesWithArraysEquals extends FlawedTarget {

    public ComparesWithArraysEquals() {
        super("flaw-compares-with-arrays-equals", Capability.WEBHOOK_VERIFIER);
    }

    @Override
    public WebhookVerifier newWebhookVerifier(List<String> secrets) {
        String secret = secrets.get(0);
        return (body, header) -> {
            if (header == null) {
                return WebhookDecision.MISSING_HEADER;
            }
            return Arrays.equals(Signatures.header(secret, body).getBytes(StandardCharsets.UTF_8),
                    header.getBytes(StandardCharsets.UTF_8))
                    ? WebhookDecision.ACCEPTED : WebhookDecision.SIGNATURE_MISMATCH;
        };
    }
}
