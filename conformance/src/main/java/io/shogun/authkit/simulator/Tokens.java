package io.shogun.authkit.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.shogun.authkit.reference.ReferenceJwtVerifier;
import io.shogun.authkit.spi.JwtVerification;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues and checks the simulator's HS256 tokens. Integration tokens carry the claims {@code validate_token}
 * reports (username, client_id, authorities, iat, exp) and a unique {@code jti}; dashboard tokens carry the user's
 * email. The simulator remembers which live token came from which secret version, so a rotation can revoke them if
 * the profile says so; expired tokens are forgotten once more than {@value #PRUNE_ABOVE} are remembered.
 */
final class Tokens {

    /** What a token was issued for. */
    enum Kind { INTEGRATION, DASHBOARD }

    /** Bookkeeping of an issued token: for whom, under which secret version, and until when (epoch seconds). */
    record Issued(Kind kind, String subject, int secretVersion, long exp) {
    }

    /** Above this many remembered tokens, issuing one first forgets those already expired in virtual time. */
    static final int PRUNE_ABOVE = 10_000;

    /** The result of checking a presented token. */
    record Check(JwtVerification verification, Optional<Issued> issued) {
        boolean expired() {
            return verification instanceof JwtVerification.Rejected rejected
                    && rejected.reason() == JwtVerification.Reason.EXPIRED;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = Base64.getUrlEncoder().withoutPadding()
            .encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.US_ASCII));

    private final byte[] key;
    private final InstantSource clock;
    private final ReferenceJwtVerifier verifier;
    private final Map<String, Issued> issued = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong serial = new java.util.concurrent.atomic.AtomicLong();

    Tokens(InstantSource clock) {
        this.key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.clock = clock;
        this.verifier = ReferenceJwtVerifier.create(key, clock, Duration.ZERO);
    }

    String issue(Kind kind, Accounts.Client account, int secretVersion, Duration ttl) {
        long now = clock.instant().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        if (kind == Kind.INTEGRATION) {
            claims.put("username", account.username);
            claims.put("client_id", account.clientId);
            claims.put("authorities", account.authorities);
        } else {
            claims.put("email", account.clientId);
            claims.put("scope", "dashboard");
        }
        claims.put("iat", now);
        claims.put("exp", now + ttl.getSeconds());
        // Unique per token, so two tokens issued in the same virtual second differ (RFC 7519 4.1.7).
        claims.put("jti", Long.toString(serial.incrementAndGet()));
        String token = sign(claims);
        if (issued.size() > PRUNE_ABOVE) {
            forgetExpired(now);
        }
        issued.put(token, new Issued(kind, account.clientId, secretVersion, now + ttl.getSeconds()));
        return token;
    }

    Check check(String token) {
        JwtVerification verification = verifier.verify(token);
        return new Check(verification, Optional.ofNullable(issued.get(token)));
    }

    void clear() {
        issued.clear();
    }

    /** How many issued tokens are remembered. */
    int remembered() {
        return issued.size();
    }

    /**
     * Forgets tokens past their {@code exp}: they can only be refused as expired, which needs no bookkeeping. So
     * memory follows the tokens alive in virtual time, not every token ever issued.
     */
    private void forgetExpired(long now) {
        issued.values().removeIf(token -> token.exp() <= now);
    }

    private String sign(Map<String, Object> claims) {
        try {
            String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(claims));
            String input = HEADER + "." + payload;
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return input + "." + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }
}
