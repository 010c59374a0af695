package io.shogun.authkit.benchmarks;

import io.shogun.authkit.reference.HmacProvider;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
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
 * How much of an HS256 verification is cryptography? The HMAC over the Shogun token's signing input alone, on the
 * strategy the reference JWT verifier uses ({@code JDK_ZERO_ALLOCATION}), the faster primed one, and a SunJCE
 * {@code Mac}: the yardstick for {@link JwtVerifiers}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class JwtSigningInputHmac {

    @Param({"JDK_ZERO_ALLOCATION", "JDK_PRIMED_STATES", "SUN_JCE"})
    String provider;

    private byte[] signingInput;
    private HmacProvider.HmacSha256 hmac;
    private final byte[] tag = new byte[32];

    @Setup
    public void setUp() {
        JwtInput input = JwtInput.shogunToken();
        signingInput = input.signingInput().getBytes(StandardCharsets.US_ASCII);
        hmac = HmacProvider.valueOf(provider).newHmac(input.key());
    }

    @Benchmark
    public byte[] hmac() {
        hmac.mac(signingInput, 0, signingInput.length, tag);
        return tag;
    }
}
