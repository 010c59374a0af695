package io.shogun.authkit.reference;

import java.security.GeneralSecurityException;
import java.security.Provider;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** Where HMAC-SHA256 comes from. Every choice gives the same answers; they differ in speed (see the benchmarks). */
public enum HmacProvider {
    /** The JDK's own provider, with the SHA-256 intrinsic where the CPU has one. */
    SUN_JCE {
        @Override
        public HmacSha256 newHmac(byte[] key) {
            return jca(key, null);
        }
    },
    /**
     * The JDK's SHA-256 with the key's inner and outer states computed once and cloned per message: the fastest on
     * the JDK (see the benchmarks), at the cost of two small allocations a message.
     */
    JDK_PRIMED_STATES {
        @Override
        public HmacSha256 newHmac(byte[] key) {
            return PrimedSha256Hmac.primed(key);
        }
    },
    /** The JDK's SHA-256 with two reused digests that absorb the padded key every message: no allocation at all. */
    JDK_ZERO_ALLOCATION {
        @Override
        public HmacSha256 newHmac(byte[] key) {
            return PrimedSha256Hmac.reabsorbing(key);
        }
    },
    /** BouncyCastle through the JCA {@code Mac} API (the provider object is used directly, never registered). */
    BOUNCY_CASTLE_JCA {
        @Override
        public HmacSha256 newHmac(byte[] key) {
            return jca(key, BouncyCastle.PROVIDER);
        }
    },
    /** BouncyCastle's lightweight {@code HMac(SHA256Digest)}, without the JCA. */
    BOUNCY_CASTLE_LIGHTWEIGHT {
        @Override
        public HmacSha256 newHmac(byte[] key) {
            HMac hmac = new HMac(new SHA256Digest());
            hmac.init(new KeyParameter(key));
            return (data, offset, length, out) -> {
                hmac.update(data, offset, length);
                hmac.doFinal(out, 0);
            };
        }
    };

    /** A new, keyed, single-threaded HMAC; set-up cost is paid here, not per message. */
    public abstract HmacSha256 newHmac(byte[] key);

    private static HmacSha256 jca(byte[] key, Provider provider) {
        Mac mac;
        try {
            mac = provider == null ? Mac.getInstance("HmacSHA256") : Mac.getInstance("HmacSHA256", provider);
            // HMAC zero-pads keys to the block size, so the empty key is the single zero byte; the JCA refuses
            // empty keys, the HMAC definition does not.
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
        return (data, offset, length, out) -> {
            mac.update(data, offset, length);
            try {
                mac.doFinal(out, 0);
            } catch (ShortBufferException e) {
                throw new IllegalArgumentException("the output buffer holds fewer than 32 bytes", e);
            }
        };
    }

    /** One keyed HMAC-SHA256 instance. Not thread-safe; {@link #mac} resets it for the next message. */
    @FunctionalInterface
    public interface HmacSha256 {
        /** Writes the 32-byte tag of {@code data[offset, offset + length)} into {@code out[0, 32)}. */
        void mac(byte[] data, int offset, int length, byte[] out);
    }

    private static final class BouncyCastle {
        static final Provider PROVIDER = new BouncyCastleProvider();
    }
}
