package io.shogun.authkit.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Capped exponential back-off with jitter: attempt n (from 1) waits {@code base * factor^(n-1)}, at most
 * {@code cap}, then scaled by a random factor in {@code [1 - jitter, 1 + jitter]}.
 */
public record Backoff(Duration base, double factor, Duration cap, double jitter) {

    /** 1 s, doubling, at most 30 s, ±20 %. */
    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), 2.0, Duration.ofSeconds(30), 0.2);

    public Backoff {
        if (factor < 1 || jitter < 0 || jitter >= 1 || base.isNegative() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("a back-off needs factor >= 1, 0 <= jitter < 1, 0 <= base <= cap");
        }
    }

    /** The wait before retry number {@code attempt} (1 = the first retry). */
    public Duration delay(int attempt) {
        double nanos = Math.min(cap.toNanos(), base.toNanos() * Math.pow(factor, attempt - 1));
        double scale = 1 + jitter * (2 * ThreadLocalRandom.current().nextDouble() - 1);
        return Duration.ofNanos((long) (nanos * scale));
    }
}
