package io.shogun.authkit.selftest;

import io.shogun.authkit.reference.ReferenceJwtVerifier;
import io.shogun.authkit.spi.Capability;
import io.shogun.authkit.spi.JwtVerification;
import io.shogun.authkit.spi.JwtVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Base64;

/**
 * A JWT verifier that compares the MAC its own way ({@link #macMatches}) before the reference decides: its answers
 * are the reference's whenever the comparison is correct, so only its timing can differ.
 */
abstract class FlawedJwtComparison extends FlawedTarget {

    FlawedJwtComparison(String id) {
        super(id, Capability.JWT_VERIFIER);
    }

    /** Whether the signature segment matches the computed MAC, by this target's comparison. */
    abstract boolean macMatches(byte[] expectedMac, String signatureSegment);

    @Override
    public JwtVerifier newJwtVerifier(byte[] key, InstantSource clock, Duration leeway) {
        ReferenceJwtVerifier reference = ReferenceJwtVerifier.create(key, clock, leeway);
        byte[] macKey = key.clone();
        return token -> {
            int lastDot = token.lastIndexOf('.');
            if (key.length == 0 || lastDot < 0) {
                return reference.verify(token);
            }
            byte[] expected = Signatures.hmac(macKey, token.substring(0, lastDot).getBytes(StandardCharsets.UTF_8));
            JwtVerification answer = reference.verify(token);
            if (!macMatches(expected, token.substring(lastDot + 1)) && answer.accepted()) {
                return JwtVerification.rejected(JwtVerification.Reason.BAD_SIGNATURE, "the MAC does not match");
            }
            return answer;
        };
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] decodeOrEmpty(String segment) {
        try {
            return Base64.getUrlDecoder().decode(segment);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}
