package io.shogun.authkit.selftest;

import io.shogun.authkit.reference.ReferenceJwtVerifier;
import io.shogun.authkit.spi.Capability;
import io.shogun.authkit.spi.JwtVerifier;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Arrays;

/**
 * Flaw: accepts 128-bit keys. HMAC pads keys with zeros to the block size, so the zero-padded key gives the same
 * MAC and the reference does the rest.
 */
public final class AcceptsShortKey extends FlawedTarget {

    public AcceptsShortKey() {
        super("flaw-accepts-128-bit-key", Capability.JWT_VERIFIER);
    }

    @Override
    public JwtVerifier newJwtVerifier(byte[] key, InstantSource clock, Duration leeway) {
        byte[] accepted = key.length >= 16 && key.length < 32 ? Arrays.copyOf(key, 32) : key;
        return ReferenceJwtVerifier.create(accepted, clock, leeway);
    }
}
