package io.shogun.authkit.benchmarks;

import io.shogun.authkit.reference.HmacProvider;
import io.shogun.authkit.reference.ReferenceWebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Provider;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Which way of verifying {@code X-Shogun-Signature} is fastest? Whole verifications (HMAC, header parsing, constant-
 * time compare) of a correctly signed delivery, per code shape and provider:
 * <ul>
 *   <li>{@code snippet-*}: the documented snippet's shape: a new {@code Mac} per call, the expected header as a hex
 *       string, compared with {@code MessageDigest.isEqual};</li>
 *   <li>{@code reused-mac-*}: one {@code Mac} per thread, the header parsed with {@code HexFormat};</li>
 *   <li>{@code cloned-mac-SunJCE}: a clone of a keyed {@code Mac} per call (BouncyCastle's JCA {@code Mac}
 *       cannot be cloned);</li>
 *   <li>{@code format-loop-SunJCE}: hex built with {@code String.format("%02x")} and compared with
 *       {@code String.equals} (common in the wild, and not constant-time);</li>
 *   <li>{@code reference*}: the kit's {@link ReferenceWebhookVerifier}: its default, its zero-allocation
 *       configuration, and on a SunJCE {@code Mac} and BouncyCastle's lightweight {@code HMac}.</li>
 * </ul>
 * Each shape is first checked to accept the delivery and reject a forgery.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class WebhookShapes {

    @Param({"snippet-SunJCE", "snippet-BC", "reused-mac-SunJCE", "reused-mac-BC", "cloned-mac-SunJCE",
        "format-loop-SunJCE", "reference", "reference-zero-allocation", "reference-mac-SunJCE",
        "reference-bc-lightweight"})
    String shape;

    @Param({"0", "64", "1024", "16384", "1048576"})
    int size;

    private WebhookInput input;
    private Verifier verifier;

    /** One verification shape. */
    @FunctionalInterface
    interface Verifier {
        boolean verify(byte[] body, String header) throws GeneralSecurityException;
    }

    @Setup
    public void setUp() throws GeneralSecurityException {
        input = WebhookInput.ofSize(size);
        byte[] key = input.secret().getBytes(StandardCharsets.UTF_8);
        verifier = shape(shape, key);
        input.check(shape, (body, header) -> {
            try {
                return verifier.verify(body, header);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Benchmark
    public boolean verify() throws GeneralSecurityException {
        return verifier.verify(input.body(), input.header());
    }

    static Verifier shape(String shape, byte[] key) throws GeneralSecurityException {
        String provider = shape.substring(shape.lastIndexOf('-') + 1);
        if (shape.startsWith("snippet-")) {
            return snippet(JcaProviders.named(provider), key);
        }
        if (shape.startsWith("reused-mac-")) {
            Mac mac = keyed(JcaProviders.named(provider), key);
            return (body, header) -> matches(mac.doFinal(body), header);
        }
        if (shape.startsWith("cloned-mac-")) {
            Mac primed = keyed(JcaProviders.named(provider), key);
            return (body, header) -> {
                try {
                    return matches(((Mac) primed.clone()).doFinal(body), header);
                } catch (CloneNotSupportedException e) {
                    throw new GeneralSecurityException(provider + " Macs cannot be cloned", e);
                }
            };
        }
        if (shape.equals("format-loop-SunJCE")) {
            Mac mac = keyed(JcaProviders.named("SunJCE"), key);
            return (body, header) -> {
                StringBuilder hex = new StringBuilder("sha256=");
                for (byte b : mac.doFinal(body)) {
                    hex.append(String.format("%02x", b));
                }
                return hex.toString().equals(header);
            };
        }
        String secret = new String(key, StandardCharsets.UTF_8);
        ReferenceWebhookVerifier reference = switch (shape) {
            case "reference" -> ReferenceWebhookVerifier.create(List.of(secret));
            case "reference-zero-allocation" -> ReferenceWebhookVerifier.create(List.of(secret),
                    HmacProvider.JDK_ZERO_ALLOCATION);
            case "reference-mac-SunJCE" -> ReferenceWebhookVerifier.create(List.of(secret), HmacProvider.SUN_JCE);
            case "reference-bc-lightweight" -> ReferenceWebhookVerifier.create(List.of(secret),
                    HmacProvider.BOUNCY_CASTLE_LIGHTWEIGHT);
            default -> throw new IllegalArgumentException("unknown shape " + shape);
        };
        return (body, header) -> reference.verify(body, header).accepted();
    }

    /** The documented snippet, in Java: everything per call, the expected header built as a string. */
    private static Verifier snippet(Provider provider, byte[] key) {
        return (body, header) -> {
            Mac mac = Mac.getInstance("HmacSHA256", provider);
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
            return header != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                    header.getBytes(StandardCharsets.UTF_8));
        };
    }

    private static Mac keyed(Provider provider, byte[] key) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256", provider);
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac;
    }

    /** A canonical header ({@code sha256=} and 64 lowercase hex digits) whose digest equals {@code tag}. */
    private static boolean matches(byte[] tag, String header) {
        if (header == null || header.length() != 71 || !header.startsWith("sha256=")) {
            return false;
        }
        for (int i = 7; i < 71; i++) {
            char c = header.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return MessageDigest.isEqual(tag, HexFormat.of().parseHex(header, 7, 71));
    }
}
