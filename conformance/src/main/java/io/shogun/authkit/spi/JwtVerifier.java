package io.shogun.authkit.spi;

/**
 * Verifies compact HS256 JWTs with the key, clock and leeway it was created with
 * ({@link ConformanceTarget#newJwtVerifier}).
 *
 * <p>Contract: {@link #verify} never throws and never returns null, whatever the token; it accepts only
 * {@code alg} HS256, strict base64url, UTF-8 JSON objects without duplicate members, no unknown {@code crit}; it
 * accepts only while {@code now < exp + leeway} and {@code now >= nbf - leeway}; it compares the MAC in constant time
 * and bounds its work on hostile input. Implementations must be safe for concurrent use.
 */
@FunctionalInterface
public interface JwtVerifier {

    /** @param token the compact serialization exactly as received (no {@code Bearer } prefix) */
    JwtVerification verify(String token);
}
