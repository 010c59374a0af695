package io.shogun.authkit.selftest;

import io.shogun.authkit.reference.ReferenceJwtVerifier;
import io.shogun.authkit.spi.Capability;
import io.shogun.authkit.spi.JwtVerification;
import io.shogun.authkit.spi.JwtVerifier;
import java.time.Duration;
import java.time.InstantSource;

/** Flaw: a JSON parser that keeps the last of duplicate member names instead of refusing. Otherwise the reference. */
public final class KeepsLastDuplicate extends FlawedTarget {

    public KeepsLastDuplicate() {
        super("flaw-keeps-last-duplicate", Capability.JWT_VERIFIER);
    }

    @Override
    public JwtVerifier newJwtVerifier(byte[] key, InstantSource clock, Duration leeway) {
        ReferenceJwtVerifier reference = ReferenceJwtVerifier.create(key, clock, leeway);
        TokenRewriter rewriter = new TokenRewriter(key);
        return token -> {
            JwtVerification verification = reference.verify(token);
            if (verification instanceof JwtVerification.Rejected rejected
                    && rejected.reason() == JwtVerification.Reason.DUPLICATE_MEMBER && rewriter.macMatches(token)) {
                return rewriter.rewrite(token, header -> { }, payload -> { })
                        .map(reference::verify).orElse(verification);
            }
            return verification;
        };
    }
}
