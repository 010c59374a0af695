package io.shogun.authkit.selftest;

/** Flaw: {@code expected.equals(header)}, which stops at the first differing character. Functionally correct. */
public final class ComparesWithStringEquals extends FlawedWebhookTarget {

    public ComparesWithStringEquals() {
        super("flaw-compares-with-string-equals");
    }

    @Override
    boolean accepts(String secret, byte[] body, String header) {
        return Signatures.header(secret, body).equals(header);
    }
}
