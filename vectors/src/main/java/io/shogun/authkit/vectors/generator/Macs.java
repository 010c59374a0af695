package io.shogun.authkit.vectors.generator;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC through the JCA, as the generator computes every tag. The kit's tests recompute each one with an independent
 * implementation (BouncyCastle's lightweight API), so a mistake here cannot hide.
 */
final class Macs {

    private Macs() {
    }

    static byte[] hmacSha256(byte[] key, byte[] message) {
        return hmac("HmacSHA256", key, message);
    }

    static byte[] hmac(String algorithm, byte[] key, byte[] message) {
        // HMAC pads keys with zeros to the block size, so the empty key equals a single zero byte; SecretKeySpec
        // refuses empty keys, the HMAC definition does not.
        byte[] usableKey = key.length == 0 ? new byte[1] : key;
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(usableKey, algorithm));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is unavailable", e);
        }
    }
}
