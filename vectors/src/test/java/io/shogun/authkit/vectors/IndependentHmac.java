package io.shogun.authkit.vectors;

import java.util.Arrays;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * HMAC-SHA256 from BouncyCastle's lightweight API: a second implementation, independent of the JCA {@code Mac} the
 * generator uses, so a wrong tag in the vectors cannot be confirmed by the same code that wrote it.
 */
final class IndependentHmac {

    private IndependentHmac() {
    }

    static byte[] hmacSha256(byte[] key, byte[] message) {
        HMac mac = new HMac(new SHA256Digest());
        mac.init(new KeyParameter(key));
        mac.update(message, 0, message.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }

    static boolean tagMatches(byte[] key, byte[] message, byte[] tag) {
        byte[] full = hmacSha256(key, message);
        return tag.length > 0 && tag.length <= full.length && Arrays.equals(Arrays.copyOf(full, tag.length), tag);
    }
}
