package io.shogun.authkit.benchmarks;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
 * What does hashing the body alone cost? The SHA-256 of a webhook body on the JDK (with the CPU's SHA instructions
 * where it has them): no HMAC verifier can beat it, so every webhook result is reported as a ratio to it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class Sha256Floor {

    @Param({"0", "64", "1024", "16384", "1048576"})
    int size;

    private byte[] body;
    private MessageDigest sha256;
    private final byte[] digest = new byte[32];

    @Setup
    public void setUp() throws NoSuchAlgorithmException {
        body = WebhookInput.ofSize(size).body();
        sha256 = MessageDigest.getInstance("SHA-256");
    }

    @Benchmark
    public byte[] sha256() throws DigestException {
        sha256.update(body);
        sha256.digest(digest, 0, 32);
        return digest;
    }
}
