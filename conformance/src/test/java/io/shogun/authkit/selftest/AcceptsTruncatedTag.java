package io.shogun.authkit.selftest;

import io.shogun.authkit.spi.Capability;
import io.shogun.authkit.spi.WebhookDecision;
import io.shogun.authkit.spi.WebhookVerifier;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** Flaw: compares only as many tag bytes as the header carries, so a prefix of the tag passes. Otherwise strict. */
public final class AcceptsTruncatedTag extends FlawedTarget {

    public AcceptsTruncatedTag() {
        super("flaw-accepts-truncated-tag", Capability.WEBHOOK_VERIFIER);
    }

    @Override
    public WebhookVerifier newWebhookVerifier(List<String> secrets) {
        String secret = secrets.get(0);
        return (body, header) -> {
            if (header == null) {
                return WebhookDecision.MISSING_HEADER;
            }
            if (!header.startsWith("sha256=")) {
                return WebhookDecision.MALFORMED_HEADER;
            }
            String hex = header.substring(7);
            if (hex.length() % 2 != 0 || hex.length() > 64 || !Signatures.isLowerHex(hex)) {
                return WebhookDecision.MALFORMED_HEADER;
            }
            byte[] given = HexFormat.of().parseHex(hex);
            byte[] expected = Arrays.copyOf(Signatures.hmac(secret, body), given.length);
            return MessageDigest.isEqual(expected, given) ? WebhookDecision.ACCEPTED : WebhookDecision.SIGNATURE_MISMATCH;
        };
    }
}
