package io.shogun.authkit.vectors;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HS256 case: a verifier holding {@code key}, whose clock reads {@code now} and which allows
 * {@code leewaySeconds} of clock skew, is given {@code token}.
 *
 * @param key           the raw HMAC key (the JWK's {@code k}, decoded)
 * @param now           the verifier's clock, epoch seconds
 * @param leewaySeconds allowed skew for {@code exp}, {@code nbf} and {@code iat}
 * @param token         the compact serialization exactly as received
 * @param claims        for valid cases (and acceptable ones that may be accepted): the decoded payload; JSON
 *                      numbers are {@link Long}, {@link java.math.BigInteger} or {@link java.math.BigDecimal},
 *                      arrays are lists, objects are insertion-ordered maps, JSON null is {@code null}
 * @param error         for invalid cases (and acceptable ones that may be rejected): the reason
 */
public record JwtVector(
        int tcId,
        String comment,
        List<String> flags,
        Expectation result,
        byte[] key,
        long now,
        long leewaySeconds,
        String token,
        Optional<Map<String, Object>> claims,
        Optional<JwtError> error) implements VectorCase {

    public JwtVector {
        flags = List.copyOf(flags);
        key = key.clone();
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(error, "error");
    }

    @Override
    public byte[] key() {
        return key.clone();
    }

    @Override
    public String toString() {
        return displayName();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JwtVector that && tcId == that.tcId && comment.equals(that.comment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tcId, comment);
    }
}
