package io.shogun.authkit.reference;

/**
 * The canonical {@code X-Shogun-Signature} value: the 7 characters {@code sha256=} and 64 lowercase hex digits.
 * Parsing and comparing allocate nothing and use no regular expression.
 */
final class SignatureHeader {

    static final String PREFIX = "sha256=";
    static final int LENGTH = PREFIX.length() + 64;

    private SignatureHeader() {
    }

    /** True when {@code header} is exactly the canonical form; looks at the header only, never at a secret. */
    static boolean isCanonical(String header) {
        if (header.length() != LENGTH || !header.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < LENGTH; i++) {
            char c = header.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Zero when the canonical {@code header} encodes {@code tag}, non-zero otherwise, after the same work whatever
     * the tag: every byte is compared, the differences are OR-ed together, nothing branches on the tag.
     */
    static int difference(String header, byte[] tag) {
        int difference = 0;
        for (int i = 0; i < 32; i++) {
            int at = PREFIX.length() + 2 * i;
            int value = (hexValue(header.charAt(at)) << 4) | hexValue(header.charAt(at + 1));
            difference |= value ^ (tag[i] & 0xff);
        }
        return difference;
    }

    /** The value of a lowercase hex digit already checked by {@link #isCanonical}. */
    private static int hexValue(char c) {
        return c <= '9' ? c - '0' : c - 'a' + 10;
    }
}
