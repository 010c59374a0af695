package io.shogun.authkit.selftest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The plain HMAC and comparisons the flawed webhook targets build on. */
final class Signatures {

    private Signatures() {
    }

    static byte[] hmac(String secret, byte[] body) {
        return hmac(secret.getBytes(StandardCharsets.UTF_8), body);
    }

    static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String header(String secret, byte[] body) {
        return io.shogun.authkit.reference.WebhookSignature.header(secret, body);
    }

    static boolean constantTimeEquals(String expected, String actual) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                actual.getBytes(StandardCharsets.UTF_8));
    }

    static boolean isLowerHex(String text) {
        return text.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }
}
