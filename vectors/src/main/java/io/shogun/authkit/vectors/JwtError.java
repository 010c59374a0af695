package io.shogun.authkit.vectors;

/**
 * Why an HS256 token is rejected: the closed list of {@code error} codes in the JWT vector file. A verifier may
 * detect a different problem first; the code names the one flaw the case was built around.
 */
public enum JwtError {
    /** Not three strict base64url segments of JSON objects in UTF-8 (RFC 7515 section 7.1, RFC 7519 section 7.2). */
    MALFORMED("malformed"),
    /** The header's {@code alg} is anything but exactly {@code HS256}, or missing. */
    ALG_NOT_ALLOWED("alg_not_allowed"),
    /** The MAC does not match the signing input under the configured key. */
    BAD_SIGNATURE("bad_signature"),
    /** {@code now >= exp + leeway} (RFC 7519 section 4.1.4). */
    EXPIRED("expired"),
    /** {@code now < nbf - leeway} (RFC 7519 section 4.1.5). */
    NOT_YET_VALID("not_yet_valid"),
    /** {@code iat} lies after {@code now + leeway}; rejecting it is allowed, not required. */
    ISSUED_IN_FUTURE("issued_in_future"),
    /** A registered claim has the wrong JSON type (a NumericDate that is not a number). */
    INVALID_CLAIM("invalid_claim"),
    /** A claim the verifier insists on is absent. */
    MISSING_CLAIM("missing_claim"),
    /** {@code crit} names an extension the verifier does not understand, or is itself malformed. */
    UNSUPPORTED_CRIT("unsupported_crit"),
    /** The header or the payload repeats a member name. */
    DUPLICATE_MEMBER("duplicate_member"),
    /** The HMAC key is shorter than 256 bits (RFC 7518 section 3.2). */
    KEY_TOO_SHORT("key_too_short"),
    /** The token exceeds a size or nesting limit the verifier sets to bound its work. */
    LIMIT_EXCEEDED("limit_exceeded");

    private final String code;

    JwtError(String code) {
        this.code = code;
    }

    /** The code as written in the vector files. */
    public String code() {
        return code;
    }

    /** The error with this code. */
    public static JwtError fromCode(String code) {
        for (JwtError error : values()) {
            if (error.code.equals(code)) {
                return error;
            }
        }
        throw new IllegalArgumentException("unknown JWT error code \"" + code + "\"");
    }
}
