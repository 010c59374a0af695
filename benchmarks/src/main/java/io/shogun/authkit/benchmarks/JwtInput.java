package io.shogun.authkit.benchmarks;

import io.shogun.authkit.vectors.GoldenVectors;
import io.shogun.authkit.vectors.JwtVector;

/**
 * The Shogun-shaped token of the JWT vectors (tcId 1: an integration token ten minutes after issue), its key and
 * clock, and a forgery (the same token with one signature character changed).
 */
record JwtInput(String token, String forged, byte[] key, long now, long leeway, long exp) {

    static final int TC_ID = 1;

    static JwtInput shogunToken() {
        JwtVector vector = GoldenVectors.load().jwtHs256().byTcId(TC_ID).orElseThrow();
        String token = vector.token();
        char last = token.charAt(token.length() - 2);
        String forged = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A')
                + token.charAt(token.length() - 1);
        long exp = ((Number) vector.claims().orElseThrow().get("exp")).longValue();
        return new JwtInput(token, forged, vector.key(), vector.now(), vector.leewaySeconds(), exp);
    }

    /** The signing input (header and payload segments): what the HMAC covers. */
    String signingInput() {
        return token.substring(0, token.lastIndexOf('.'));
    }

    /** Throws unless {@code verifier} answers the token's {@code exp} and rejects the forgery. */
    void check(JwtLibrary library, JwtLibrary.Verifier verifier) throws Exception {
        if (verifier.exp(token) != exp) {
            throw new IllegalStateException(library.displayName() + " does not read exp " + exp);
        }
        try {
            verifier.exp(forged);
        } catch (Exception rejected) {
            return;
        }
        throw new IllegalStateException(library.displayName() + " accepts a forged token");
    }
}
