package io.shogun.authkit.benchmarks;

import io.shogun.authkit.reference.HmacProvider;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
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
 * What does HMAC-SHA256 cost, per provider? One keyed instance reused for every message, the tag written into a
 * buffer: JCA {@code Mac}s on SunJCE, BouncyCastle, ACCP and Conscrypt (where they load), BouncyCastle's lightweight
 * {@code HMac}, and the kit's own two JDK-digest strategies ({@code jdk-primed-states}, {@code jdk-zero-allocation}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class HmacProviders {

    @Param({"SunJCE", "BC", "bc-lightweight", "ACCP", "Conscrypt", "jdk-primed-states", "jdk-zero-allocation"})
    String provider;

    @Param({"0", "64", "1024", "16384", "1048576"})
    int size;

    private byte[] body;
    private HmacProvider.HmacSha256 hmac;
    private final byte[] tag = new byte[32];

    @Setup
    public void setUp() throws GeneralSecurityException {
        WebhookInput input = WebhookInput.ofSize(size);
        body = input.body();
        byte[] key = input.secret().getBytes(StandardCharsets.UTF_8);
        hmac = switch (provider) {
            case "bc-lightweight" -> HmacProvider.BOUNCY_CASTLE_LIGHTWEIGHT.newHmac(key);
            case "jdk-primed-states" -> HmacProvider.JDK_PRIMED_STATES.newHmac(key);
            case "jdk-zero-allocation" -> HmacProvider.JDK_ZERO_ALLOCATION.newHmac(key);
            default -> jca(key, provider);
        };
        hmac.mac(body, 0, body.length, tag);
        if (!input.header().equals("sha256=" + HexFormat.of().formatHex(tag))) {
            throw new IllegalStateException(provider + " computes a wrong HMAC-SHA256");
        }
    }

    private static HmacProvider.HmacSha256 jca(byte[] key, String name) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256", JcaProviders.named(name));
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return (data, offset, length, out) -> {
            mac.update(data, offset, length);
            try {
                mac.doFinal(out, 0);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    @Benchmark
    public byte[] hmac() {
        hmac.mac(body, 0, body.length, tag);
        return tag;
    }
}
