package io.shogun.authkit.vectors.generator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/** Byte helpers for the generator: encodings, deterministic filler, one-bit changes. */
final class Bytes {

    private static final HexFormat HEX = HexFormat.of();

    private Bytes() {
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    static byte[] unhex(String hex) {
        return HEX.parseHex(hex);
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String base64Url(String utf8) {
        return base64Url(utf8(utf8));
    }

    static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(part -> part.length).sum();
        byte[] out = new byte[length];
        int offset = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, offset, part.length);
            offset += part.length;
        }
        return out;
    }

    static byte[] repeat(int value, int count) {
        byte[] out = new byte[count];
        Arrays.fill(out, (byte) value);
        return out;
    }

    /** A copy with bit {@code bit} (0 = least significant) of byte {@code index} inverted; negative index counts from the end. */
    static byte[] flipBit(byte[] bytes, int index, int bit) {
        byte[] out = bytes.clone();
        int at = index < 0 ? out.length + index : index;
        out[at] ^= (byte) (1 << bit);
        return out;
    }

    /**
     * {@code length} bytes that look random but are fixed forever: SHA-256 in counter mode over a label, so any
     * language can reproduce them ({@code SHA-256(label || "/" || counter)} blocks, counter in decimal from 0).
     */
    static byte[] deterministic(String label, int length) {
        MessageDigest sha256 = sha256();
        byte[] out = new byte[length];
        for (int counter = 0, offset = 0; offset < length; counter++) {
            byte[] block = sha256.digest(utf8(label + "/" + counter));
            int take = Math.min(block.length, length - offset);
            System.arraycopy(block, 0, out, offset, take);
            offset += take;
        }
        return out;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
