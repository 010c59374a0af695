package io.shogun.authkit.reference;

/**
 * Strict base64url (RFC 7515 section 2): the URL-safe alphabet only, no padding, no whitespace, a length no
 * encoding can have refused, and zero unused bits in the last character (RFC 4648 section 3.5), so every byte
 * string has exactly one accepted encoding.
 */
final class Base64Url {

    /**
     * Every char's value, -1 for all but the 64 of the alphabet: one load per character, no range test. (64 KiB,
     * of which a token touches the first 128 bytes.)
     */
    private static final byte[] VALUES = new byte[Character.MAX_VALUE + 1];

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
        if ((to - from) % 4 == 1) {
            return null;
        }
        byte[] out = new byte[decodedLength(from, to)];
        return decodeInto(text, from, to, out) < 0 ? null : out;
    }

    /** How many bytes {@code text[from, to)} decodes to, if it is base64url at all. */
    static int decodedLength(int from, int to) {
        return (to - from) * 3 / 4;
    }

    /**
     * Decodes {@code text[from, to)} into {@code out}, which holds at least {@link #decodedLength} bytes.
     *
     * @return the number of bytes written, or -1 if that range is not strict base64url
     */
    static int decodeInto(String text, int from, int to, byte[] out) {
        int length = to - from;
        if (length % 4 == 1) {
            return -1;
        }
        int written = 0;
        int i = from;
        // Four characters at a time: 24 bits, three bytes; one test for an invalid character per quad.
        for (int quadsEnd = from + (length & ~3); i < quadsEnd; i += 4) {
            int a = value(text.charAt(i));
            int b = value(text.charAt(i + 1));
            int c = value(text.charAt(i + 2));
            int d = value(text.charAt(i + 3));
            if ((a | b | c | d) < 0) {
                return -1;
            }
            int bits = a << 18 | b << 12 | c << 6 | d;
            out[written] = (byte) (bits >>> 16);
            out[written + 1] = (byte) (bits >>> 8);
            out[written + 2] = (byte) bits;
            written += 3;
        }
        int rest = to - i;
        if (rest == 2) {
            int a = value(text.charAt(i));
            int b = value(text.charAt(i + 1));
            // 12 bits for one byte: the last character's low 4 bits are unused and must be zero.
            if ((a | b) < 0 || (b & 0x0f) != 0) {
                return -1;
            }
            out[written++] = (byte) (a << 2 | b >>> 4);
        } else if (rest == 3) {
            int a = value(text.charAt(i));
            int b = value(text.charAt(i + 1));
            int c = value(text.charAt(i + 2));
            // 18 bits for two bytes: the last character's low 2 bits are unused and must be zero.
            if ((a | b | c) < 0 || (c & 0x03) != 0) {
                return -1;
            }
            int bits = a << 12 | b << 6 | c;
            out[written] = (byte) (bits >>> 10);
            out[written + 1] = (byte) (bits >>> 2);
            written += 2;
        }
        return written;
    }

    private static int value(char c) {
        return VALUES[c];
    }
}
