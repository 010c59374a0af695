package io.shogun.authkit.benchmarks;

import io.shogun.authkit.client.ReferenceTokenClient;
import io.shogun.authkit.simulator.ShogunSimulator;
import io.shogun.authkit.spi.TokenClientSetup;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Does the token client's cached read path scale? {@link ReferenceTokenClient#authorization()} with a fresh token
 * cached (fetched once from the simulator on loopback, whose virtual clock then stands still), from one thread and
 * from two: throughput, so that two threads on two cores give twice the operations if nothing is shared but the
 * read-only token.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class CachedTokenRead {

    private ShogunSimulator simulator;
    private ReferenceTokenClient client;

    @Setup
    public void setUp() {
        simulator = ShogunSimulator.builder().start();
        client = new ReferenceTokenClient(new TokenClientSetup(URI.create(simulator.baseUrl()),
                simulator.demoClientId(), simulator::demoClientSecret, simulator.clock(),
                duration -> simulator.clock().advance(duration), line -> { }));
        if (client.authorization().isEmpty()) {
            throw new IllegalStateException("the client did not get a token from the simulator");
        }
        int tokenRequests = simulator.journal().forPath("/api/v1/security/api/generate_token").size();
        client.authorization();
        if (simulator.journal().forPath("/api/v1/security/api/generate_token").size() != tokenRequests) {
            throw new IllegalStateException("the client did not cache its token");
        }
    }

    @TearDown
    public void tearDown() {
        client.close();
        simulator.close();
    }

    @Benchmark
    @Threads(1)
    public Optional<String> oneThread() {
        return client.authorization();
    }

    @Benchmark
    @Threads(2)
    public Optional<String> twoThreads() {
        return client.authorization();
    }
}
