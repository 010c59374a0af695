package io.shogun.authkit.selftest;

import java.util.Arrays;

/** Flaw: {@code Arrays.equals} on the decoded MAC bytes, which stops at the first difference. */
public final class JwtComparesWithArraysEquals extends FlawedJwtComparison {

    public JwtComparesWithArraysEquals() {
        super("flaw-jwt-compares-with-arrays-equals");
    }

    @Override
    boolean macMatches(byte[] expectedMac, String signatureSegment) {
        return Arrays.equals(expectedMac, decodeOrEmpty(signatureSegment));
    }
}
