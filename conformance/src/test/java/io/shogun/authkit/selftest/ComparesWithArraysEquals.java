package io.shogun.authkit.selftest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Flaw: {@code Arrays.equals} on the header bytes, which stops at the first difference. Functionally correct. */
public final class ComparesWithArraysEquals extends FlawedWebhookTarget {

    public ComparesWithArraysEquals() {
        super("flaw-compares-with-arrays-equals");
    }

    @Override
    boolean accepts(String secret, byte[] body, String header) {
        return Arrays.equals(Signatures.header(secret, body).getBytes(StandardCharsets.UTF_8),
                header.getBytes(StandardCharsets.UTF_8));
    }
}
