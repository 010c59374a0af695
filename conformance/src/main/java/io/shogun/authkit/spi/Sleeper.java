package io.shogun.authkit.spi;

import java.time.Duration;

/**
 * How a client waits (between retries, until a lockout ends). The kit hands clients a sleeper that moves its
 * virtual clock instead of passing real time, so hours of back-off take no time; in production it is
 * {@link #REAL}.
 */
@FunctionalInterface
public interface Sleeper {

    /** Waits by the wall clock. */
    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
