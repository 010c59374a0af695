package io.shogun.authkit.benchmarks;

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
 * How fast is HS256 verification, per library? Verify a Shogun-shaped token and read its {@code exp}: the kit's
 * reference verifier beside auth0 java-jwt, nimbus-jose-jwt, jjwt and jose4j, each configured once (key, clock,
 * leeway, HS256 only) and first checked to read the right {@code exp} and reject a forgery. {@link #rejectForgery}
 * times that rejection, which splits each verification into what comes before the MAC check and what after. Which
 * of the JWT vectors each library gets wrong is a separate question: {@link PeerJwtConformance}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class JwtVerifiers {

    @Param({"reference", "auth0", "nimbus", "jjwt", "jose4j"})
    String library;

    private JwtInput input;
    private JwtLibrary.Verifier verifier;

    @Setup
    public void setUp() throws Exception {
        input = JwtInput.shogunToken();
        JwtLibrary chosen = JwtLibrary.byParameter(library);
        verifier = chosen.verifier(input.key(), input.now(), input.leeway());
        input.check(chosen, verifier);
    }

    @Benchmark
    public long verify() throws Exception {
        return verifier.exp(input.token());
    }

    /**
     * The same token with one signature character changed, turned away: everything a verification does up to and
     * including the MAC check, and nothing after it (no claims are read).
     */
    @Benchmark
    public long rejectForgery() {
        try {
            return verifier.exp(input.forged());
        } catch (Exception rejected) {
            return -1;
        }
    }
}
