package io.shogun.authkit.spi;

import java.util.Map;
import java.util.Objects;

/** The answer of a {@link JwtVerifier}: the claims of an accepted token, or why it was rejected. */
public sealed interface JwtVerification {

    /** True for {@link Accepted}. */
    boolean accepted();

    /**
     * An accepted token and its claims: the payload as JSON values (maps, lists, strings, numbers, booleans,
     * null). The kit compares numbers by exact decimal value, so {@code Long}, {@code BigInteger} and
     * {@code BigDecimal} are all fine; a {@code double} that cannot hold the value is a mismatch.
     */
    record Accepted(Map<String, Object> claims) implements JwtVerification {
        public Accepted {
            Objects.requireNonNull(claims, "claims");
        }

        @Override
        public boolean accepted() {
            return true;
        }
    }

    /** A rejected token; {@code detail} is for people and must not contain the key. */
    record Rejected(Reason reason, String detail) implements JwtVerification {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public boolean accepted() {
            return false;
        }
    }

    static JwtVerification accepted(Map<String, Object> claims) {
        return new Accepted(claims);
    }

    static JwtVerification rejected(Reason reason, String detail) {
        return new Rejected(reason, detail);
    }

    /** Why a token is rejected; the codes are those of the kit's JWT vectors. */
    enum Reason {
        MALFORMED("malformed"),
        ALG_NOT_ALLOWED("alg_not_allowed"),
        BAD_SIGNATURE("bad_signature"),
        EXPIRED("expired"),
        NOT_YET_VALID("not_yet_valid"),
        ISSUED_IN_FUTURE("issued_in_future"),
        INVALID_CLAIM("invalid_claim"),
        MISSING_CLAIM("missing_claim"),
        UNSUPPORTED_CRIT("unsupported_crit"),
        DUPLICATE_MEMBER("duplicate_member"),
        KEY_TOO_SHORT("key_too_short"),
        LIMIT_EXCEEDED("limit_exceeded");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        /** The code as the vector files write it. */
        public String code() {
            return code;
        }
    }
}
