package io.shogun.authkit.selftest;

import java.security.MessageDigest;

/** Not flawed: {@code MessageDigest.isEqual} on the decoded MAC bytes. The JWT timing screen's control. */
public final class JwtComparesWithIsEqual extends FlawedJwtComparison {

    public JwtComparesWithIsEqual() {
        super("control-jwt-compares-with-is-equal");
    }

    @Override
    boolean macMatches(byte[] expectedMac, String signatureSegment) {
        return MessageDigest.isEqual(expectedMac, decodeOrEmpty(signatureSegment));
    }
}
