package io.shogun.authkit.selftest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Lets a flawed JWT target hand the reference a token it has "fixed" according to its flaw: reads header and payload
 * leniently (the last of duplicate members wins), changes them, and re-signs with the target's own key.
 */
final class TokenRewriter {

    private static final ObjectMapper LENIENT = new ObjectMapper();

    private final byte[] key;

    TokenRewriter(byte[] key) {
        this.key = key.clone();
    }

    /** The token with header and payload edited and a fresh MAC, or empty if it cannot be read at all. */
    Optional<String> rewrite(String token, Consumer<ObjectNode> header, Consumer<ObjectNode> payload) {
        Optional<ObjectNode[]> parts = parts(token);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        header.accept(parts.get()[0]);
        payload.accept(parts.get()[1]);
        try {
            String signingInput = encode(LENIENT.writeValueAsBytes(parts.get()[0])) + "."
                    + encode(LENIENT.writeValueAsBytes(parts.get()[1]));
            return Optional.of(signingInput + "." + encode(mac(signingInput)));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    /** Whether the token's MAC is right under this key (lenient about everything else). */
    boolean macMatches(String token) {
        String[] segments = token.split("\\.", -1);
        if (segments.length != 3) {
            return false;
        }
        try {
            return MessageDigest.isEqual(mac(segments[0] + "." + segments[1]),
                    Base64.getUrlDecoder().decode(segments[2]));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static Optional<ObjectNode[]> parts(String token) {
        String[] segments = token.split("\\.", -1);
        if (segments.length < 2) {
            return Optional.empty();
        }
        try {
            var header = LENIENT.readTree(Base64.getUrlDecoder().decode(segments[0]));
            var payload = LENIENT.readTree(Base64.getUrlDecoder().decode(segments[1]));
            if (header instanceof ObjectNode h && payload instanceof ObjectNode p) {
                return Optional.of(new ObjectNode[] {h, p});
            }
            return Optional.empty();
        } catch (java.io.IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String signingInput) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA256"));
            return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
