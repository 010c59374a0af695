package io.shogun.authkit.selftest;

import io.shogun.authkit.reference.ReferenceJwtVerifier;
import io.shogun.authkit.spi.Capability;
import io.shogun.authkit.spi.JwtVerification;
import io.shogun.authkit.spi.JwtVerifier;
import java.time.Duration;
import java.time.InstantSource;

/** Flaw: never looks at {@code exp}. Otherwise the reference. */
public final class IgnoresExp extends FlawedTarget {

    public IgnoresExp() {
        super("flaw-ignores-exp", Capability.JWT_VERIFIER);
    }

    @Override
    public JwtVerifier newJwtVerifier(byte[] key, InstantSource clock, Duration leeway) {
        ReferenceJwtVerifier reference = ReferenceJwtVerifier.create(key, clock, leeway);
        TokenRewriter rewriter = new TokenRewriter(key);
        return token -> {
            JwtVerification verification = reference.verify(token);
            if (verification instanceof JwtVerification.Rejected rejected && blamesExp(rejected)
                    && rewriter.macMatches(token)) {
                return rewriter.rewrite(token, header -> { }, payload -> payload.remove("exp"))
                        .map(reference::verify).orElse(verification);
            }
            return verification;
        };
    }

    private static boolean blamesExp(JwtVerification.Rejected rejected) {
        return rejected.reason() == JwtVerification.Reason.EXPIRED
                || (rejected.reason() == JwtVerification.Reason.INVALID_CLAIM && rejected.detail().startsWith("exp"));
    }
}
