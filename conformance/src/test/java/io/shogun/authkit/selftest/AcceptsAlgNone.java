package io.shogun.authkit.selftest;

import io.shogun.authkit.reference.ReferenceJwtVerifier;
import io.shogun.authkit.spi.Capability;
import io.shogun.authkit.spi.JwtVerification;
import io.shogun.authkit.spi.JwtVerifier;
import java.time.Duration;
import java.time.InstantSource;

/** Flaw: honours {@code alg: none} (any letter case) and skips the MAC. Otherwise the reference. */
public final class AcceptsAlgNone extends FlawedTarget {

    public AcceptsAlgNone() {
        super("flaw-accepts-alg-none", Capability.JWT_VERIFIER);
    }

    @Override
    public JwtVerifier newJwtVerifier(byte[] key, InstantSource clock, Duration leeway) {
        ReferenceJwtVerifier reference = ReferenceJwtVerifier.create(key, clock, leeway);
        TokenRewriter rewriter = new TokenRewriter(key);
        return token -> {
            JwtVerification verification = reference.verify(token);
            boolean algNone = TokenRewriter.parts(token)
                    .map(parts -> parts[0].path("alg").asText("").equalsIgnoreCase("none")).orElse(false);
            if (verification.accepted() || !algNone) {
                return verification;
            }
            return rewriter.rewrite(token, header -> header.put("alg", "HS256"), payload -> { })
                    .map(reference::verify).orElse(verification);
        };
    }
}
