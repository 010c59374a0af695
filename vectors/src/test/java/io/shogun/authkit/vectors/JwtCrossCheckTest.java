package io.shogun.authkit.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every HS256 vector's declared result and error follow from the token itself, read by {@link StrictJws} with its
 * MAC recomputed by BouncyCastle. Valid cases are re-verified completely (structure, alg, key size, MAC, time,
 * claims); each invalid case shows its named flaw, and apart from signature and alg cases still carries a correct
 * MAC, so the flaw is the only reason to reject it.
 */
class JwtCrossCheckTest {

    private static final int MIN_KEY_BYTES = 32;

    static Stream<Named<JwtVector>> vectors() {
        return GoldenVectors.load().jwtHs256().tests().stream().map(vector -> Named.of(vector.displayName(), vector));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void jwtVector_declaredOutcome_followsFromTheToken(JwtVector vector) {
        switch (vector.result()) {
            case VALID -> assertFullyValid(vector);
            case INVALID -> assertShowsFlaw(vector, vector.error().orElseThrow());
            case ACCEPTABLE -> {
                vector.claims().ifPresent(claims -> assertAcceptedClaims(vector));
                assertShowsFlaw(vector, vector.error().orElseThrow());
            }
        }
    }

    private static void assertFullyValid(JwtVector vector) {
        StrictJws.Parts parts = StrictJws.parse(vector.token()).orElseThrow(
                () -> new AssertionError("a valid token is not strictly well-formed"));
        assertThat(parts.header().path("alg").asText(null)).isEqualTo("HS256");
        assertThat(parts.header().has("crit")).isFalse();
        assertThat(vector.key().length).isGreaterThanOrEqualTo(MIN_KEY_BYTES);
        assertThat(StrictJws.macMatches(vector.token(), vector.key())).as("MAC").isTrue();
        BigDecimal now = BigDecimal.valueOf(vector.now());
        BigDecimal leeway = BigDecimal.valueOf(vector.leewaySeconds());
        // Arithmetic only on the clock's side: a NumericDate may be 1e999999999.
        BigDecimal exp = StrictJws.numericDate(parts.payload(), "exp").orElseThrow();
        assertThat(now.subtract(leeway)).as("now - leeway < exp").isLessThan(exp);
        StrictJws.numericDate(parts.payload(), "nbf")
                .ifPresent(nbf -> assertThat(now.add(leeway)).as("now + leeway >= nbf").isGreaterThanOrEqualTo(nbf));
        StrictJws.numericDate(parts.payload(), "iat")
                .ifPresent(iat -> assertThat(iat).as("iat <= now + leeway").isLessThanOrEqualTo(now.add(leeway)));
        assertAcceptedClaims(vector);
    }

    private static void assertAcceptedClaims(JwtVector vector) {
        StrictJws.Parts parts = StrictJws.parse(vector.token()).orElseGet(() -> lenientParts(vector.token()));
        assertThat(StrictJws.macMatches(vector.token(), vector.key())).as("MAC").isTrue();
        assertThat(JsonValues.toJava(parts.payload())).as("claims").isEqualTo(vector.claims().orElseThrow());
    }

    private static StrictJws.Parts lenientParts(String token) {
        return new StrictJws.Parts(StrictJws.lenientHeader(token).orElseThrow(),
                StrictJws.lenientPayload(token).orElseThrow());
    }

    private static void assertShowsFlaw(JwtVector vector, JwtError error) {
        String token = vector.token();
        boolean macMatches = StrictJws.macMatches(token, vector.key());
        Optional<StrictJws.Parts> parts = StrictJws.parse(token);
        BigDecimal now = BigDecimal.valueOf(vector.now());
        BigDecimal leeway = BigDecimal.valueOf(vector.leewaySeconds());
        switch (error) {
            case MALFORMED -> assertThat(parts).as("strictly well-formed").isEmpty();
            case BAD_SIGNATURE -> {
                assertThat(vector.key().length).isGreaterThanOrEqualTo(MIN_KEY_BYTES);
                assertThat(macMatches).as("MAC").isFalse();
            }
            case ALG_NOT_ALLOWED -> {
                JsonNode header = StrictJws.lenientHeader(token).orElseThrow();
                assertThat(header.path("alg").isTextual() && header.get("alg").textValue().equals("HS256"))
                        .as("alg is HS256").isFalse();
            }
            case EXPIRED -> {
                assertSingleFlaw(parts, macMatches);
                BigDecimal exp = StrictJws.numericDate(parts.get().payload(), "exp").orElseThrow();
                assertThat(now.subtract(leeway)).as("now - leeway >= exp").isGreaterThanOrEqualTo(exp);
            }
            case NOT_YET_VALID -> {
                assertSingleFlaw(parts, macMatches);
                BigDecimal nbf = StrictJws.numericDate(parts.get().payload(), "nbf").orElseThrow();
                assertThat(now.add(leeway)).as("now + leeway < nbf").isLessThan(nbf);
            }
            case ISSUED_IN_FUTURE -> {
                assertSingleFlaw(parts, macMatches);
                BigDecimal iat = StrictJws.numericDate(parts.get().payload(), "iat").orElseThrow();
                assertThat(iat).as("iat > now + leeway").isGreaterThan(now.add(leeway));
            }
            case INVALID_CLAIM -> {
                assertSingleFlaw(parts, macMatches);
                JsonNode payload = parts.get().payload();
                boolean wrongType = Stream.of("exp", "nbf", "iat")
                        .anyMatch(name -> payload.has(name) && !payload.get(name).isNumber());
                boolean outOfRange = StrictJws.numericDate(payload, "exp")
                        .filter(exp -> exp.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 1000)) > 0).isPresent();
                assertThat(wrongType || outOfRange).as("a time claim of the wrong type or range").isTrue();
            }
            case MISSING_CLAIM -> {
                assertSingleFlaw(parts, macMatches);
                assertThat(parts.get().payload().has("exp")).isFalse();
            }
            case UNSUPPORTED_CRIT -> {
                assertSingleFlaw(parts, macMatches);
                assertThat(parts.get().header().has("crit")).isTrue();
            }
            case DUPLICATE_MEMBER -> {
                assertThat(macMatches).as("MAC").isTrue();
                assertThat(StrictJws.hasDuplicateMember(token)).isTrue();
            }
            case KEY_TOO_SHORT -> {
                assertSingleFlaw(parts, macMatches);
                assertThat(vector.key().length).isLessThan(MIN_KEY_BYTES);
            }
            case LIMIT_EXCEEDED -> {
                assertThat(macMatches).as("MAC").isTrue();
                assertThat(token.length() > 64 * 1024 || nestingDepth(token) > 1000)
                        .as("larger than 64 KiB or nested deeper than 1000").isTrue();
            }
        }
    }

    private static void assertSingleFlaw(Optional<StrictJws.Parts> parts, boolean macMatches) {
        assertThat(parts).as("strictly well-formed").isPresent();
        assertThat(macMatches).as("MAC").isTrue();
    }

    private static int nestingDepth(String token) {
        int max = 0;
        for (String segment : token.split("\\.", -1)) {
            int depth = 0;
            for (byte b : Base64.getUrlDecoder().decode(segment)) {
                if (b == '[' || b == '{') {
                    max = Math.max(max, ++depth);
                } else if (b == ']' || b == '}') {
                    depth--;
                }
            }
        }
        return max;
    }
}
