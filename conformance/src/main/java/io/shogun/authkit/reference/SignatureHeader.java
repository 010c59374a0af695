package io.shogun.authkit.reference;

/**
 * The canonical {@code X-Shogun-Signature} value: the 7 characters {@code sha256=} and 64 lowercase hex digits.
 * Reading and comparing allocate nothing and use no regular expression.
 */
final class SignatureHeader {

    static final String PREFIX = "sha256=";
    static final int LENGTH = PREFIX.length() + 64;
    static final int TAG_BYTES = 32;

    /** The value of each lowercase hex digit, -1 for every other ASCII character. */
    private static final byte[] HEX_VALUES = new byte[128];

    static {
        java.util.Arrays.fill(HEX_VALUES, (byte) -1);
        for (int c = '0'; c <= '9'; c++) {
            HEX_VALUES[c] = (byte) (c - '0');
        }
        for (int c = 'a'; c <= 'f'; c++) {
            HEX_VALUES[c] = (byte) (c - 'a' + 10);
        }
    }

    private SignatureHeader() {
    }

    /** True when {@code header} is exactly the canonical form; looks at the header only, never at a secret. */
    static boolean isCanonical(String header) {
        return read(header, new char[64], new byte[TAG_BYTES]);
    }

    /**
     * Reads the tag a canonical {@code header} claims into {@code claimed}, using {@code digits} (64 chars) as
     * scratch space. Returns false, leaving {@code claimed} unspecified, when the header is not canonical. The work
     * depends on the header alone: it is public, whatever it holds.
     */
    static boolean read(String header, char[] digits, byte[] claimed) {
        if (header.length() != LENGTH || !header.startsWith(PREFIX)) {
            return false;
        }
        header.getChars(PREFIX.length(), LENGTH, digits, 0);
        int invalid = 0;
        for (int i = 0; i < TAG_BYTES; i++) {
            int high = hexValue(digits[2 * i]);
            int low = hexValue(digits[2 * i + 1]);
            invalid |= high | low;
            claimed[i] = (byte) (high << 4 | low);
        }
        return invalid >= 0;
    }

    /**
     * Zero when the two 32-byte tags are equal, non-zero otherwise, after the same work whatever they hold: every
     * byte is compared, the differences are OR-ed together, nothing branches on the tags.
     */
    static int difference(byte[] claimed, byte[] tag) {
        int difference = 0;
        for (int i = 0; i < TAG_BYTES; i++) {
            difference |= claimed[i] ^ tag[i];
        }
        return difference & 0xff;
    }

    /** The digit's value, or a negative number for anything but a lowercase hex digit (without a branch). */
    private static int hexValue(char c) {
        // (127 - c) >> 31 is -1 for every char past ASCII, 0 otherwise; the mask keeps the table index in range.
        return HEX_VALUES[c & 0x7f] | ((127 - c) >> 31);
    }
}
