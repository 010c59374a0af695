package io.shogun.authkit.selftest;

/**
 * Not flawed: the documented approach done right ({@code MessageDigest.isEqual} on the whole header). The control
 * for the timing screen, which must not flag it.
 */
public final class ComparesWithIsEqual extends FlawedWebhookTarget {

    public ComparesWithIsEqual() {
        super("control-compares-with-is-equal");
    }

    @Override
    boolean accepts(String secret, byte[] body, String header) {
        return Signatures.constantTimeEquals(Signatures.header(secret, body), header);
    }
}
