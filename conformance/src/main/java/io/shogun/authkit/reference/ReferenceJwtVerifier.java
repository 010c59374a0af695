package io.shogun.authkit.reference;

import io.shogun.authkit.spi.JwtVerification;
import io.shogun.authkit.spi.JwtVerification.Reason;
import io.shogun.authkit.spi.JwtVerifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.Objects;

/**
 * The kit's HS256 verifier, the strict reading of RFC 7515, 7518 and 7519:
 * <ul>
 *   <li>keys under 256 bits are refused (RFC 7518 3.2);</li>
 *   <li>exactly three segments of strict base64url (RFC 7515 2, 7.1; RFC 4648 3.5);</li>
 *   <li>header and payload are strict UTF-8 JSON objects without duplicate members (RFC 7515 4, RFC 7519 4),
 *       nested at most {@value StrictJson#MAX_NESTING_DEPTH} deep;</li>
 *   <li>{@code alg} is exactly {@code HS256}; any {@code crit} is refused, since no extension is supported
 *       (RFC 7515 4.1.11);</li>
 *   <li>the MAC is compared in constant time, before the payload is parsed;</li>
 *   <li>{@code exp}, {@code nbf} and {@code iat}, when present, must be JSON numbers, compared exactly (fractions
 *       included, no overflow): accepted while {@code now < exp + leeway} and {@code now >= nbf - leeway}.</li>
 * </ul>
 * Tokens longer than {@link Limits#maxTokenLength} are refused before any decoding. Policy beyond the RFCs
 * ({@code exp} required, {@code iat} in the future refused) is opt-in through {@link Limits}.
 * Safe for concurrent use; {@link #verify} never throws.
 */
public final class ReferenceJwtVerifier implements JwtVerifier {

    /** The fewest key bytes HS256 may use (RFC 7518 section 3.2). */
    public static final int MIN_KEY_BYTES = 32;

    /** Marks a claim the token does not have. */
    private static final Object ABSENT = new Object();

    private final byte[] key;
    private final InstantSource clock;
    private final BigDecimal leewaySeconds;
    private final Limits limits;
    /** Whole seconds of leeway, or -1 when it has a fraction (then only the exact path is used). */
    private final long leewayWholeSeconds;
    private final ThreadLocal<PerThread> perThread;
    /** The header segment of the last token whose header passed every check (racy by design: any value is safe). */
    private volatile String lastAcceptedHeader;

    /** A thread's keyed HMAC and the buffers it reuses: decoding and the MAC check allocate nothing. */
    private static final class PerThread {
        final HmacProvider.HmacSha256 mac;
        final byte[] expected = new byte[32];
        byte[] signingInput = new byte[512];
        byte[] payload = new byte[384];
        byte[] signature = new byte[48];

        PerThread(HmacProvider.HmacSha256 mac) {
            this.mac = mac;
        }

        byte[] signingInput(int length) {
            return signingInput.length >= length ? signingInput : (signingInput = new byte[grown(length)]);
        }

        byte[] payload(int length) {
            return payload.length >= length ? payload : (payload = new byte[grown(length)]);
        }

        byte[] signature(int length) {
            return signature.length >= length ? signature : (signature = new byte[grown(length)]);
        }

        private static int grown(int length) {
            return Math.max(length, 64) * 2;
        }
    }

    /**
     * Policy and bounds.
     *
     * @param maxTokenLength       longest token read at all, in characters
     * @param requireExp           refuse tokens without {@code exp} (RFC 7519 makes it optional; Shogun always sends it)
     * @param refuseFutureIat      refuse tokens whose {@code iat} is after {@code now + leeway}
     */
    public record Limits(int maxTokenLength, boolean requireExp, boolean refuseFutureIat) {
        /** 64 KiB, RFC defaults for {@code exp} and {@code iat}. */
        public static final Limits DEFAULT = new Limits(64 * 1024, false, false);
    }

    private ReferenceJwtVerifier(byte[] key, InstantSource clock, Duration leeway, Limits limits,
            HmacProvider provider) {
        this.key = key.clone();
        this.clock = Objects.requireNonNull(clock, "clock");
        if (leeway.isNegative()) {
            throw new IllegalArgumentException("leeway must not be negative");
        }
        this.leewaySeconds = new BigDecimal(leeway.getSeconds()).add(BigDecimal.valueOf(leeway.getNano(), 9));
        this.limits = Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(provider, "provider");
        this.leewayWholeSeconds = leeway.getNano() == 0 ? leeway.getSeconds() : -1;
        this.perThread = ThreadLocal.withInitial(() -> new PerThread(provider.newHmac(this.key)));
    }

    /**
     * A verifier with the default limits on {@link HmacProvider#JDK_ZERO_ALLOCATION}: the MAC check allocates
     * nothing, and a verification allocates only the claims it returns (under 1 KB for a Shogun token; see the
     * benchmarks). {@link HmacProvider#JDK_PRIMED_STATES} is some 35 ns faster and allocates about 400 bytes more.
     */
    public static ReferenceJwtVerifier create(byte[] key, InstantSource clock, Duration leeway) {
        return create(key, clock, leeway, Limits.DEFAULT, HmacProvider.JDK_ZERO_ALLOCATION);
    }

    public static ReferenceJwtVerifier create(byte[] key, InstantSource clock, Duration leeway, Limits limits,
            HmacProvider provider) {
        return new ReferenceJwtVerifier(key, clock, leeway, limits, provider);
    }

    @Override
    public JwtVerification verify(String token) {
        if (key.length < MIN_KEY_BYTES) {
            return reject(Reason.KEY_TOO_SHORT, "the key has " + key.length * 8 + " bits; HS256 needs 256");
        }
        if (token == null) {
            return reject(Reason.MALFORMED, "no token");
        }
        if (token.length() > limits.maxTokenLength()) {
            return reject(Reason.LIMIT_EXCEEDED, "the token is longer than " + limits.maxTokenLength() + " characters");
        }
        int firstDot = token.indexOf('.');
        int secondDot = firstDot < 0 ? -1 : token.indexOf('.', firstDot + 1);
        if (secondDot < 0 || token.indexOf('.', secondDot + 1) >= 0) {
            return reject(Reason.MALFORMED, "a compact JWS has exactly three segments");
        }
        PerThread state = perThread.get();
        int payloadLength = Base64Url.decodeInto(token, firstDot + 1, secondDot,
                state.payload(Base64Url.decodedLength(firstDot + 1, secondDot)));
        int signatureLength = Base64Url.decodeInto(token, secondDot + 1, token.length(),
                state.signature(Base64Url.decodedLength(secondDot + 1, token.length())));
        if (payloadLength < 0 || signatureLength < 0) {
            return reject(Reason.MALFORMED, "a segment is not strict base64url");
        }
        if (!acceptedHeader(token, firstDot)) {
            byte[] header = Base64Url.decode(token, 0, firstDot);
            if (header == null) {
                return reject(Reason.MALFORMED, "a segment is not strict base64url");
            }
            StrictJson.Result headerJson = StrictJson.parseObject(header, "the header");
            if (!headerJson.ok()) {
                return reject(headerJson.problem(), headerJson.detail());
            }
            if (!"HS256".equals(headerJson.object().get("alg"))) {
                return reject(Reason.ALG_NOT_ALLOWED, "alg must be HS256");
            }
            if (headerJson.object().containsKey("crit")) {
                return reject(Reason.UNSUPPORTED_CRIT, "crit lists extensions this verifier does not support");
            }
            lastAcceptedHeader = token.substring(0, firstDot);
        }

        if (signatureLength != state.expected.length || !macMatches(state, token, secondDot)) {
            return reject(Reason.BAD_SIGNATURE, "the MAC does not match");
        }

        StrictJson.Result claims = StrictJson.parseObject(state.payload, payloadLength, "the payload");
        if (!claims.ok()) {
            return reject(claims.problem(), claims.detail());
        }
        return checkTime(claims.object());
    }

    /**
     * Whether the header segment is, character for character, the last one this verifier found acceptable: an
     * issuer sends the same header on every token, so it is decoded and parsed once, not per token.
     */
    private boolean acceptedHeader(String token, int firstDot) {
        String last = lastAcceptedHeader;
        return last != null && last.length() == firstDot && token.startsWith(last);
    }

    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): right for ASCII, see below
    private boolean macMatches(PerThread state, String token, int signingInputEnd) {
        byte[] signingInput = state.signingInput(signingInputEnd);
        // Every character before the last dot was checked to be base64url or '.', so each is one ASCII byte and
        // keeping each character's low 8 bits (what this deprecated method does) is exact: one array copy.
        token.getBytes(0, signingInputEnd, signingInput, 0);
        state.mac.mac(signingInput, 0, signingInputEnd, state.expected);
        // Constant time: every byte is compared, whichever differ.
        int difference = 0;
        for (int i = 0; i < state.expected.length; i++) {
            difference |= state.expected[i] ^ state.signature[i];
        }
        return difference == 0;
    }

    private JwtVerification checkTime(Map<String, Object> claims) {
        // One lookup per claim: ABSENT tells a missing claim from one that is JSON null (not a NumericDate).
        Object exp = claims.getOrDefault("exp", ABSENT);
        Object nbf = claims.getOrDefault("nbf", ABSENT);
        Object iat = claims.getOrDefault("iat", ABSENT);
        if (!numericDateOrAbsent(exp)) {
            return reject(Reason.INVALID_CLAIM, "exp is not a NumericDate");
        }
        if (!numericDateOrAbsent(nbf)) {
            return reject(Reason.INVALID_CLAIM, "nbf is not a NumericDate");
        }
        if (!numericDateOrAbsent(iat)) {
            return reject(Reason.INVALID_CLAIM, "iat is not a NumericDate");
        }
        exp = exp == ABSENT ? null : exp;
        nbf = nbf == ABSENT ? null : nbf;
        iat = iat == ABSENT ? null : iat;
        Instant instant = clock.instant();
        if (leewayWholeSeconds >= 0 && wholeOrAbsent(exp) && wholeOrAbsent(nbf) && wholeOrAbsent(iat)) {
            return checkWholeSeconds(claims, instant, exp, nbf, iat);
        }
        // Arithmetic only on the clock's side: a token's NumericDate may be 1e999999999, and adding to it would
        // throw or take seconds. Comparisons of such values are cheap (BigDecimal compares exponents first).
        BigDecimal now = seconds(instant);
        BigDecimal earliest = now.subtract(leewaySeconds);
        BigDecimal latest = now.add(leewaySeconds);
        BigDecimal expSeconds = numericDate(exp);
        if (expSeconds == null && limits.requireExp()) {
            return reject(Reason.MISSING_CLAIM, "exp is required");
        }
        if (expSeconds != null && earliest.compareTo(expSeconds) >= 0) {
            return reject(Reason.EXPIRED, "the token has expired");
        }
        BigDecimal nbfSeconds = numericDate(nbf);
        if (nbfSeconds != null && latest.compareTo(nbfSeconds) < 0) {
            return reject(Reason.NOT_YET_VALID, "the token is not valid yet");
        }
        BigDecimal iatSeconds = numericDate(iat);
        if (iatSeconds != null && limits.refuseFutureIat() && iatSeconds.compareTo(latest) > 0) {
            return reject(Reason.ISSUED_IN_FUTURE, "iat is in the future");
        }
        return JwtVerification.accepted(claims);
    }

    private static boolean numericDateOrAbsent(Object value) {
        return value == ABSENT || value instanceof Number;
    }

    private static boolean wholeOrAbsent(Object value) {
        return value == null || value instanceof Long;
    }

    /**
     * The same rules as the exact path, in {@code long} arithmetic, for the common case: whole-second NumericDates
     * and leeway. {@code now} has a fraction, so with {@code s} its whole seconds, {@code now - leeway >= exp} is
     * {@code s - leeway >= exp}, {@code now + leeway < nbf} is {@code s + leeway < nbf}, and {@code iat > now +
     * leeway} is {@code iat > s + leeway}. The clock and the leeway are far from overflowing a {@code long}.
     */
    private JwtVerification checkWholeSeconds(Map<String, Object> claims, Instant now, Object exp, Object nbf,
            Object iat) {
        long earliest = now.getEpochSecond() - leewayWholeSeconds;
        long latest = now.getEpochSecond() + leewayWholeSeconds;
        if (exp == null && limits.requireExp()) {
            return reject(Reason.MISSING_CLAIM, "exp is required");
        }
        if (exp != null && earliest >= (Long) exp) {
            return reject(Reason.EXPIRED, "the token has expired");
        }
        if (nbf != null && latest < (Long) nbf) {
            return reject(Reason.NOT_YET_VALID, "the token is not valid yet");
        }
        if (iat != null && limits.refuseFutureIat() && (Long) iat > latest) {
            return reject(Reason.ISSUED_IN_FUTURE, "iat is in the future");
        }
        return JwtVerification.accepted(claims);
    }

    private static BigDecimal numericDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        return BigDecimal.valueOf(((Number) value).longValue());
    }

    private static BigDecimal seconds(Instant instant) {
        return BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9));
    }

    private static JwtVerification reject(Reason reason, String detail) {
        return JwtVerification.rejected(reason, detail);
    }

    @Override
    public String toString() {
        return "ReferenceJwtVerifier[" + key.length * 8 + "-bit key, leeway " + leewaySeconds + " s]";
    }
}
