package io.shogun.authkit.selftest;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

/** Flaw: compares only as many tag bytes as the header carries, so a prefix of the tag passes. Otherwise strict. */
public final class AcceptsTruncatedTag extends FlawedWebhookTarget {

    public AcceptsTruncatedTag() {
        super("flaw-accepts-truncated-tag");
    }

    @Override
    boolean accepts(String secret, byte[] body, String header) {
        if (!header.startsWith("sha256=")) {
            return false;
        }
        String hex = header.substring(7);
        if (hex.length() % 2 != 0 || hex.length() > 64 || !Signatures.isLowerHex(hex)) {
            return false;
        }
        byte[] given = HexFormat.of().parseHex(hex);
        return MessageDigest.isEqual(Arrays.copyOf(Signatures.hmac(secret, body), given.length), given);
    }
}
