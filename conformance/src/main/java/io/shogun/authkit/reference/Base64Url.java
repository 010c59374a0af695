package io.shogun.authkit.reference;

/**
 * Strict base64url (RFC 7515 section 2): the URL-safe alphabet only, no padding, no whitespace, a length no
 * encoding can have refused, and zero unused bits in the last character (RFC 4648 section 3.5), so every byte
 * string has exactly one accepted encoding.
 */
final class Base64Url {

    private static final byte[] VALUES = new byte[128];

    static {
        java.util.Arrays.fill(VALUES, (byte) -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int i = 0; i < alphabet.length(); i++) {
            VALUES[alphabet.charAt(i)] = (byte) i;
        }
    }

    private Base64Url() {
    }

    /** The bytes encoded by {@code text[from, to)}, or null if that range is not strict base64url. */
    static byte[] decode(String text, int from, int to) {
        int length = to - from;
        if (length % 4 == 1) {
            return null;
        }
        byte[] out = new byte[length * 3 / 4];
        int buffer = 0;
        int bits = 0;
        int written = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int value = c < 128 ? VALUES[c] : -1;
            if (value < 0) {
                return null;
            }
            buffer = (buffer << 6) | value;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[written++] = (byte) (buffer >>> bits);
            }
        }
        if ((buffer & ((1 << bits) - 1)) != 0) {
            return null;
        }
        return out;
    }
}
