package io.shogun.authkit.benchmarks;

import io.shogun.authkit.spi.Capability;
import io.shogun.authkit.spi.ConformanceTarget;
import io.shogun.authkit.spi.WebhookVerifier;
import io.shogun.authkit.suite.Targets;
import java.util.List;
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
 * How fast is your webhook verifier? Any Java target through the SPI, selected as in {@code certify}
 * ({@code -p target=java:<id>}, with your classes on the class path), verifying a correctly signed delivery: run it
 * beside {@code reference} and {@link Sha256Floor} in one JMH run and compare ratios, not nanoseconds.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class TargetWebhookVerify {

    @Param({"reference"})
    String target;

    @Param({"1024"})
    int size;

    private WebhookInput input;
    private WebhookVerifier verifier;

    @Setup
    public void setUp() {
        if (!Targets.runsInThisJvm(target)) {
            throw new IllegalArgumentException("only Java targets (reference, java:<id>) run inside JMH, not " + target);
        }
        ConformanceTarget selected = Targets.select(target);
        if (!selected.capabilities().contains(Capability.WEBHOOK_VERIFIER)) {
            throw new IllegalArgumentException(target + " does not declare WEBHOOK_VERIFIER");
        }
        input = WebhookInput.ofSize(size);
        verifier = selected.newWebhookVerifier(List.of(input.secret()));
        input.check(target, (body, header) -> verifier.verify(body, header).accepted());
    }

    @Benchmark
    public boolean verify() {
        return verifier.verify(input.body(), input.header()).accepted();
    }
}
