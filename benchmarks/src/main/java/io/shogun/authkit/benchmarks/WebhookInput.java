package io.shogun.authkit.benchmarks;

import io.shogun.authkit.vectors.Expectation;
import io.shogun.authkit.vectors.GoldenVectors;
import io.shogun.authkit.vectors.WebhookVector;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * A signed webhook delivery of a given size, from the golden vectors: the valid vector of exactly that size under the
 * vectors' secret where there is one (0 and 64 bytes, 1 MiB), otherwise the first {@code size} bytes of the 1 MiB
 * vector's body, signed here with BouncyCastle's lightweight HMAC (an implementation none of the measured shapes
 * shares).
 *
 * @param secret the webhook secret
 * @param body   the raw body
 * @param header its {@code X-Shogun-Signature}
 * @param forged the same header with the last hex digit changed: every verifier must reject it
 */
public record WebhookInput(String secret, byte[] body, String header, String forged) {

    /** The secret most webhook vectors are signed under. */
    public static final String VECTOR_SECRET = "shogun_whsec_test_5c1f0e9a27b84d6f";

    public static WebhookInput ofSize(int size) {
        List<WebhookVector> signed = GoldenVectors.load().webhookSignatures().tests().stream()
                .filter(vector -> vector.result() == Expectation.VALID && vector.secret().equals(VECTOR_SECRET))
                .toList();
        for (WebhookVector vector : signed) {
            if (vector.body().length == size && vector.signatureHeader().isPresent()) {
                return of(vector.body(), vector.signatureHeader().get());
            }
        }
        WebhookVector largest = signed.stream().max((a, b) -> Integer.compare(a.body().length, b.body().length))
                .orElseThrow();
        if (largest.body().length < size) {
            throw new IllegalArgumentException("no webhook vector has " + size + " bytes or more");
        }
        byte[] body = Arrays.copyOf(largest.body(), size);
        return of(body, "sha256=" + HexFormat.of().formatHex(bouncyCastleTag(body)));
    }

    private static WebhookInput of(byte[] body, String header) {
        char last = header.charAt(header.length() - 1);
        String forged = header.substring(0, header.length() - 1) + (last == '0' ? '1' : '0');
        return new WebhookInput(VECTOR_SECRET, body, header, forged);
    }

    private static byte[] bouncyCastleTag(byte[] body) {
        HMac hmac = new HMac(new SHA256Digest());
        hmac.init(new KeyParameter(VECTOR_SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        hmac.update(body, 0, body.length);
        byte[] tag = new byte[32];
        hmac.doFinal(tag, 0);
        return tag;
    }

    /** Throws unless {@code verifier} accepts the delivery and rejects the forgery: a fast wrong answer is none. */
    public void check(String what, java.util.function.BiPredicate<byte[], String> verifier) {
        if (!verifier.test(body, header)) {
            throw new IllegalStateException(what + " rejects a correctly signed " + body.length + "-byte delivery");
        }
        if (verifier.test(body, forged)) {
            throw new IllegalStateException(what + " accepts a forged " + body.length + "-byte delivery");
        }
    }
}
