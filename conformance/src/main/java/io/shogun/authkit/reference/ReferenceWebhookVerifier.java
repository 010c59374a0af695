package io.shogun.authkit.reference;

import io.shogun.authkit.spi.WebhookDecision;
import io.shogun.authkit.spi.WebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The kit's webhook verifier. Accepts exactly {@code sha256=} followed by the 64 lowercase hex digits of
 * HMAC-SHA256 over the raw body under any active secret (several during a rotation).
 *
 * <p>Built for the hot path: each thread keeps one keyed HMAC per secret and its buffers; the header is read in one
 * pass, without a regular expression or a hex string; the tag is compared in constant time, and every active secret is
 * tried, so the time taken does not tell which secret matched. With {@link HmacProvider#JDK_ZERO_ALLOCATION} or
 * {@link HmacProvider#BOUNCY_CASTLE_LIGHTWEIGHT} a call allocates nothing after the first on its thread;
 * {@link HmacProvider#JDK_PRIMED_STATES} allocates two digest clones (under 512 bytes), the JCA providers 48 bytes
 * inside {@code Mac.doFinal}. Safe for concurrent use.
 *
 * <p>The keyed HMACs live in thread-locals of this instance: drop the verifier (after a rotation, say) and pooled
 * threads release the old key material only as their stale thread-local entries are cleared.
 */
public final class ReferenceWebhookVerifier implements WebhookVerifier {

    private final byte[][] keys;
    private final HmacProvider provider;
    private final ThreadLocal<PerThread> perThread = ThreadLocal.withInitial(this::newPerThread);

    private ReferenceWebhookVerifier(List<String> activeSecrets, HmacProvider provider) {
        if (activeSecrets.isEmpty()) {
            throw new IllegalArgumentException("at least one webhook secret is required");
        }
        if (activeSecrets.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("a webhook secret must not be empty");
        }
        this.keys = activeSecrets.stream().map(secret -> secret.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
        this.provider = java.util.Objects.requireNonNull(provider, "provider");
    }

    /** A verifier for these secrets on the fastest strategy, {@link HmacProvider#JDK_PRIMED_STATES}. */
    public static ReferenceWebhookVerifier create(List<String> activeSecrets) {
        return create(activeSecrets, HmacProvider.JDK_PRIMED_STATES);
    }

    public static ReferenceWebhookVerifier create(List<String> activeSecrets, HmacProvider provider) {
        return new ReferenceWebhookVerifier(List.copyOf(activeSecrets), provider);
    }

    @Override
    public WebhookDecision verify(byte[] rawBody, String signatureHeader) {
        if (signatureHeader == null) {
            return WebhookDecision.MISSING_HEADER;
        }
        PerThread state = perThread.get();
        if (rawBody == null || !SignatureHeader.read(signatureHeader, state.digits, state.claimed)) {
            return WebhookDecision.MALFORMED_HEADER;
        }
        int matches = 0;
        for (int i = 0; i < keys.length; i++) {
            state.macs[i].mac(rawBody, 0, rawBody.length, state.tag);
            // difference is 0..255; (difference - 1) >>> 31 is 1 exactly when it is 0, without a branch.
            matches |= (SignatureHeader.difference(state.claimed, state.tag) - 1) >>> 31;
        }
        return matches != 0 ? WebhookDecision.ACCEPTED : WebhookDecision.SIGNATURE_MISMATCH;
    }

    @Override
    public String toString() {
        return "ReferenceWebhookVerifier[" + keys.length + " secret(s), " + provider + "]";
    }

    private PerThread newPerThread() {
        HmacProvider.HmacSha256[] macs = new HmacProvider.HmacSha256[keys.length];
        for (int i = 0; i < keys.length; i++) {
            macs[i] = provider.newHmac(keys[i]);
        }
        return new PerThread(macs, new byte[SignatureHeader.TAG_BYTES], new char[64],
                new byte[SignatureHeader.TAG_BYTES]);
    }

    /** A thread's keyed HMACs, the tag they compute, and the header's digits and the tag it claims. */
    private record PerThread(HmacProvider.HmacSha256[] macs, byte[] tag, char[] digits, byte[] claimed) {
    }
}
