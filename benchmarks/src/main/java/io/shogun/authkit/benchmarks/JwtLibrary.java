package io.shogun.authkit.benchmarks;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.shogun.authkit.reference.ReferenceJwtVerifier;
import io.shogun.authkit.spi.JwtVerification;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashSet;
import javax.crypto.spec.SecretKeySpec;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.HmacKey;

/**
 * An HS256 library as a vendor would configure it: the key, a fixed clock and a leeway, HS256 only. A verifier is
 * built once ({@link #verifier}) and then verifies many tokens, answering the token's {@code exp} in epoch seconds
 * ({@link #NO_EXP} when it has none). A rejection is an exception: the library's own, or {@link Rejected}.
 */
enum JwtLibrary {

    REFERENCE("reference") {
        @Override
        Verifier verifier(byte[] key, long now, long leeway) {
            ReferenceJwtVerifier verifier = ReferenceJwtVerifier.create(key,
                    () -> Instant.ofEpochSecond(now), Duration.ofSeconds(leeway));
            return token -> {
                if (!(verifier.verify(token) instanceof JwtVerification.Accepted accepted)) {
                    throw new Rejected();
                }
                return accepted.claims().get("exp") instanceof Number exp ? exp.longValue() : NO_EXP;
            };
        }
    },
    AUTH0("auth0 java-jwt") {
        @Override
        Verifier verifier(byte[] key, long now, long leeway) {
            JWTVerifier verifier = ((JWTVerifier.BaseVerification) JWT.require(Algorithm.HMAC256(key))
                    .acceptLeeway(leeway)).build(Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC));
            return token -> {
                Instant exp = verifier.verify(token).getExpiresAtAsInstant();
                return exp == null ? NO_EXP : exp.getEpochSecond();
            };
        }
    },
    NIMBUS("nimbus-jose-jwt") {
        @Override
        Verifier verifier(byte[] key, long now, long leeway) throws Exception {
            MACVerifier mac = new MACVerifier(key);
            DefaultJWTClaimsVerifier<?> claims = new DefaultJWTClaimsVerifier<>(null, null, new HashSet<>()) {
                @Override
                protected Date currentTime() {
                    return new Date(now * 1000);
                }
            };
            claims.setMaxClockSkew((int) leeway);
            return token -> {
                SignedJWT jwt = SignedJWT.parse(token);
                if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(mac)) {
                    throw new Rejected();
                }
                JWTClaimsSet set = jwt.getJWTClaimsSet();
                claims.verify(set, null);
                return set.getExpirationTime() == null ? NO_EXP : set.getExpirationTime().getTime() / 1000;
            };
        }
    },
    JJWT("jjwt") {
        @Override
        Verifier verifier(byte[] key, long now, long leeway) {
            JwtParser parser = Jwts.parser().verifyWith(new SecretKeySpec(key, "HmacSHA256"))
                    .clock(() -> new Date(now * 1000)).clockSkewSeconds(leeway).build();
            return token -> {
                Date exp = parser.parseSignedClaims(token).getPayload().getExpiration();
                return exp == null ? NO_EXP : exp.getTime() / 1000;
            };
        }
    },
    JOSE4J("jose4j") {
        @Override
        Verifier verifier(byte[] key, long now, long leeway) {
            JwtConsumer consumer = new JwtConsumerBuilder()
                    .setVerificationKey(new HmacKey(key))
                    .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                            AlgorithmIdentifiers.HMAC_SHA256)
                    .setEvaluationTime(NumericDate.fromSeconds(now))
                    .setAllowedClockSkewInSeconds((int) leeway)
                    .setSkipDefaultAudienceValidation()
                    .build();
            return token -> {
                NumericDate exp = consumer.processToClaims(token).getExpirationTime();
                return exp == null ? NO_EXP : exp.getValue();
            };
        }
    };

    /** What a verifier answers for a token without {@code exp}. */
    static final long NO_EXP = Long.MIN_VALUE;

    /** Verifies one token: its {@code exp}, or {@link #NO_EXP}; a rejection throws. */
    @FunctionalInterface
    interface Verifier {
        long exp(String token) throws Exception;
    }

    /** A rejection the library reported by a return value rather than an exception. */
    static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;

        Rejected() {
            super("rejected", null, false, false);
        }
    }

    private final String displayName;

    JwtLibrary(String displayName) {
        this.displayName = displayName;
    }

    String displayName() {
        return displayName;
    }

    /** The benchmarks' name for it: lower case. */
    String parameter() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static JwtLibrary byParameter(String parameter) {
        return valueOf(parameter.toUpperCase(java.util.Locale.ROOT));
    }

    /** A verifier for one key, a clock stopped at {@code now} (epoch seconds) and a leeway in seconds. */
    abstract Verifier verifier(byte[] key, long now, long leeway) throws Exception;
}
