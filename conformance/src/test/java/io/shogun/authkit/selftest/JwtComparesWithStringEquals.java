package io.shogun.authkit.selftest;

/** Flaw: the expected signature's base64url text {@code .equals} the token's, stopping at the first difference. */
public final class JwtComparesWithStringEquals extends FlawedJwtComparison {

    public JwtComparesWithStringEquals() {
        super("flaw-jwt-compares-with-string-equals");
    }

    @Override
    boolean macMatches(byte[] expectedMac, String signatureSegment) {
        return base64Url(expectedMac).equals(signatureSegment);
    }
}
