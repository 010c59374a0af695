package io.shogun.authkit.selftest;

/** Flaw: a bare hex digest without {@code sha256=} is accepted too. Otherwise strict. */
public final class AcceptsMissingPrefix extends FlawedWebhookTarget {

    public AcceptsMissingPrefix() {
        super("flaw-accepts-missing-prefix");
    }

    @Override
    boolean accepts(String secret, byte[] body, String header) {
        String candidate = header.length() == 64 ? "sha256=" + header : header;
        return Signatures.constantTimeEquals(Signatures.header(secret, body), candidate);
    }
}
