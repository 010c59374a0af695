package io.shogun.authkit.reference;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * HMAC-SHA256 (RFC 2104) on the JDK's SHA-256, which uses the CPU's SHA instructions where it has them.
 *
 * <p>{@link #primed}: the digests of the padded key's inner and outer blocks are computed once and cloned for each
 * message, so a message costs the SHA-256 of its own blocks plus one outer block: one compression fewer on each side
 * than a {@code javax.crypto.Mac}, which absorbs both padded keys again for every message. The two clones allocate.
 *
 * <p>{@link #reabsorbing}: two reused digests absorb the padded keys for every message, as a {@code Mac} does, but
 * without its wrapper or its result array: nothing is allocated once warm.
 *
 * <p>Not thread-safe: one instance per thread.
 */
final class PrimedSha256Hmac implements HmacProvider.HmacSha256 {

    private static final int BLOCK = 64;
    private static final int TAG = 32;

    private final boolean cloneStates;
    private final MessageDigest inner;
    private final MessageDigest outer;
    private final byte[] innerPad;
    private final byte[] outerPad;
    private final byte[] innerTag = new byte[TAG];

    private PrimedSha256Hmac(byte[] key, boolean cloneStates) {
        this.cloneStates = cloneStates;
        byte[] block = new byte[BLOCK];
        byte[] shortKey = key.length > BLOCK ? sha256().digest(key) : key;
        System.arraycopy(shortKey, 0, block, 0, shortKey.length);
        innerPad = new byte[BLOCK];
        outerPad = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            innerPad[i] = (byte) (block[i] ^ 0x36);
            outerPad[i] = (byte) (block[i] ^ 0x5c);
        }
        inner = sha256();
        outer = sha256();
        if (cloneStates) {
            inner.update(innerPad);
            outer.update(outerPad);
        }
    }

    static PrimedSha256Hmac primed(byte[] key) {
        return new PrimedSha256Hmac(key, true);
    }

    static PrimedSha256Hmac reabsorbing(byte[] key) {
        return new PrimedSha256Hmac(key, false);
    }

    @Override
    public void mac(byte[] data, int offset, int length, byte[] out) {
        try {
            MessageDigest innerDigest = cloneStates ? copy(inner) : inner;
            if (!cloneStates) {
                innerDigest.update(innerPad);
            }
            innerDigest.update(data, offset, length);
            innerDigest.digest(innerTag, 0, TAG);
            MessageDigest outerDigest = cloneStates ? copy(outer) : outer;
            if (!cloneStates) {
                outerDigest.update(outerPad);
            }
            outerDigest.update(innerTag);
            outerDigest.digest(out, 0, TAG);
        } catch (DigestException e) {
            throw new IllegalArgumentException("the output buffer holds fewer than 32 bytes", e);
        }
    }

    private static MessageDigest copy(MessageDigest primed) {
        try {
            return (MessageDigest) primed.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
